<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Check</name>
    <message>
        <source>Block header belongs to the verified chain</source>
        <translation>区块头属于已验证的链</translation>
    </message>
    <message>
        <source>Commit signed by over two thirds of the power</source>
        <translation>提交由超过三分之二的权重签名</translation>
    </message>
    <message>
        <source>Merkle proof leads to the records root</source>
        <translation>Merkle 证明通向记录根</translation>
    </message>
    <message>
        <source>Signed with the device's registered key</source>
        <translation>由设备登记的密钥签名</translation>
    </message>
    <message>
        <source>Record and payload decode</source>
        <translation>记录与载荷可解码</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>the workspace holds no %1 for block %2</source>
        <translation>工作区中没有区块 %2 的 %1</translation>
    </message>
    <message>
        <source>header %1 does not hash to its stored hash</source>
        <translation>区块头 %1 的哈希与存储的哈希不符</translation>
    </message>
    <message>
        <source>header %1 does not link to header %2</source>
        <translation>区块头 %1 未链接到区块头 %2</translation>
    </message>
    <message>
        <source>the workspace holds no record at block %1, index %2</source>
        <translation>工作区中没有区块 %1、序号 %2 的记录</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>The record's Merkle proof does not lead to its block's records root: the node served a record that is not in the block. It was refused.</source>
        <translation>记录的 Merkle 证明无法通向其区块的记录根：节点提供了一条不在该区块中的记录。已拒绝。</translation>
    </message>
    <message>
        <source>The signature does not verify with the key registered for the device at that point of the ledger. The record was refused.</source>
        <translation>签名无法用账本该位置上为此设备登记的密钥验证。记录已被拒绝。</translation>
    </message>
    <message>
        <source>The record's block header could not be tied to the verified chain. The record was refused.</source>
        <translation>记录所在的区块头无法关联到已验证的链。记录已被拒绝。</translation>
    </message>
    <message>
        <source>No verified registration speaks for this device at that point of the ledger. The record was refused.</source>
        <translation>在账本该位置上没有为此设备生效的已验证登记。记录已被拒绝。</translation>
    </message>
    <message>
        <source>The device's registration had been revoked when this record was written. The record was refused.</source>
        <translation>写入此记录时设备的登记已被撤销。记录已被拒绝。</translation>
    </message>
    <message>
        <source>The entry does not decode as the protocol requires. It was refused.</source>
        <translation>该条目无法按协议要求解码。已拒绝。</translation>
    </message>
    <message>
        <source>Records of the device are missing: its sequence numbers skip. The device may have withheld data, or lost it.</source>
        <translation>设备的记录有缺失：序号出现跳跃。设备可能隐瞒或丢失了数据。</translation>
    </message>
    <message>
        <source>The device used a sequence number a second time: two records claim the same place in its history.</source>
        <translation>设备重复使用了序号：两条记录声称处于其历史中的同一位置。</translation>
    </message>
    <message>
        <source>The record's time is earlier than the device's previous record: its clock went backwards or the data was back-dated.</source>
        <translation>记录时间早于设备的上一条记录：时钟倒退，或数据被倒签。</translation>
    </message>
    <message>
        <source>The device signed this data, but physics says it cannot have measured it: energy above the rating, generation at night, a register that runs backwards, a vehicle that jumps.</source>
        <translation>设备签署了这些数据，但按物理规律它不可能测得：电量超过额定值、夜间发电、累计寄存器倒退、车辆位置跳变。</translation>
    </message>
    <message>
        <source>Two different blocks at one height, each signed by enough validators: validators signed twice. Sync halted; the evidence is kept.</source>
        <translation>同一高度出现两个不同区块，且各自都有足够的验证者签名：有验证者重复签名。同步已停止，证据已保存。</translation>
    </message>
    <message>
        <source>A witness served a header that differs from the verified chain without a valid commit. The witness is not trusted.</source>
        <translation>见证节点提供了与已验证链不同且没有有效提交的区块头。该见证节点不可信。</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>value and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <comment>no value</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>未来时间</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n 秒前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>PV station</source>
        <translation>光伏电站</translation>
    </message>
    <message>
        <source>Battery pack</source>
        <translation>电池包</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>车辆</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>MPPT</source>
        <translation>MPPT</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>限功率</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>正在关机</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>待机</translation>
    </message>
    <message>
        <source>State %1</source>
        <translation>状态 %1</translation>
    </message>
</context>
<context>
    <name>pp::ui::AssetPage</name>
    <message>
        <source>All assets</source>
        <translation>全部资产</translation>
    </message>
    <message>
        <source>Back to all assets (%1)</source>
        <translation>返回全部资产（%1）</translation>
    </message>
    <message>
        <source>Day of the power curve</source>
        <translation>功率曲线的日期</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>所有者：%1</translation>
    </message>
    <message>
        <source>Make: %1 %2</source>
        <translation>厂商型号：%1 %2</translation>
    </message>
    <message>
        <source>VIN: %1</source>
        <translation>VIN：%1</translation>
    </message>
    <message>
        <source>Location: %1°, %2°</source>
        <translation>位置：%1°, %2°</translation>
    </message>
    <message>
        <source>Rated: %1</source>
        <translation>额定功率：%1</translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation>容量：%1</translation>
    </message>
    <message>
        <source>Chemistry: %1</source>
        <translation>化学体系：%1</translation>
    </message>
    <message>
        <source>Verified records: %1</source>
        <translation>已验证记录：%1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>发现：%1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>Daily energy</source>
        <translation>每日发电量</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>电量</translation>
    </message>
    <message>
        <source>Power curve of the day</source>
        <translation>当日功率曲线</translation>
    </message>
    <message>
        <source>Monthly specific yield</source>
        <translation>月度等效利用小时数</translation>
    </message>
    <message>
        <source>Specific yield</source>
        <translation>等效利用小时数</translation>
    </message>
    <message>
        <source>Inverter state</source>
        <translation>逆变器状态</translation>
    </message>
    <message>
        <source>State (1 off … 4 MPPT … 7 fault)</source>
        <translation>状态（1 关机 … 4 MPPT … 7 故障）</translation>
    </message>
    <message>
        <source>AC power</source>
        <translation>交流功率</translation>
    </message>
    <message>
        <source>No verified samples on this day</source>
        <translation>当日没有已验证的采样</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>荷电状态</translation>
    </message>
    <message>
        <source>SoC</source>
        <translation>SoC</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>电压</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>电流</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Highest cell</source>
        <translation>最高单体</translation>
    </message>
    <message>
        <source>State of health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>SoH</source>
        <translation>SoH</translation>
    </message>
    <message>
        <source>Cycle count</source>
        <translation>循环次数</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Daily distance</source>
        <translation>每日行驶里程</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>GPS track</source>
        <translation>GPS 轨迹</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>轨迹</translation>
    </message>
    <message>
        <source>longitude (°)</source>
        <translation>经度（°）</translation>
    </message>
    <message>
        <source>latitude (°)</source>
        <translation>纬度（°）</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>报警</translation>
    </message>
    <message>
        <source>Alarm level</source>
        <translation>报警等级</translation>
    </message>
    <message>
        <source>No alarms in the verified data</source>
        <translation>已验证数据中没有报警</translation>
    </message>
</context>
<context>
    <name>pp::ui::AssetTableModel</name>
    <message>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>%1 days with verified data</source>
        <translation>%1 天有已验证数据</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1（已撤销）</translation>
    </message>
    <message>
        <source>%1°, %2°</source>
        <translation>%1°, %2°</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Location / VIN</source>
        <translation>位置 / VIN</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
</context>
<context>
    <name>pp::ui::AssetsView</name>
    <message>
        <source>Asset class</source>
        <translation>资产类别</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Search name, owner, location, VIN or device id</source>
        <translation>搜索名称、所有者、位置、VIN 或设备 ID</translation>
    </message>
    <message>
        <source>Search assets</source>
        <translation>搜索资产</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open an asset.</source>
        <translation>双击或按回车键打开资产。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export assets as CSV</source>
        <translation>将资产导出为 CSV</translation>
    </message>
    <message>
        <source>assets.csv</source>
        <translation>资产.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to.</source>
        <translation>无法写入 %1。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Loading the verified records of %1…</source>
        <translation>正在加载 %1 的已验证记录…</translation>
    </message>
</context>
<context>
    <name>pp::ui::ChartPanel</name>
    <message>
        <source>Reset zoom</source>
        <translation>重置缩放</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2, %3</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1：%2，时间 %3</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to.</source>
        <translation>无法写入 %1。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>pp::ui::DemoNetwork</name>
    <message>
        <source>The demo node stopped (exit code %1).</source>
        <translation>演示节点已停止（退出码 %1）。</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>无法启动 %1。</translation>
    </message>
    <message>
        <source>Creating the demo network</source>
        <translation>正在创建演示网络</translation>
    </message>
    <message>
        <source>Simulating a year of the fleet</source>
        <translation>正在模拟车队一年的数据</translation>
    </message>
    <message>
        <source>Starting the demo node</source>
        <translation>正在启动演示节点</translation>
    </message>
    <message>
        <source>Preparing the demo network failed (exit code %1): %2</source>
        <translation>准备演示网络失败（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>pp::ui::FindingTableModel</name>
    <message>
        <source>A finding this version does not know.</source>
        <translation>此版本无法识别的发现。</translation>
    </message>
    <message>
        <source>The chain</source>
        <translation>链本身</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Block / index</source>
        <translation>区块 / 序号</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>pp::ui::FindingsView</name>
    <message>
        <source>Finding code</source>
        <translation>发现代码</translation>
    </message>
    <message>
        <source>Search asset or detail</source>
        <translation>搜索资产或详情</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>搜索发现</translation>
    </message>
    <message>
        <source>Inspect record</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Select a finding to see what it means.</source>
        <translation>选择一条发现以查看其含义。</translation>
    </message>
    <message>
        <source>Export findings as CSV</source>
        <translation>将发现导出为 CSV</translation>
    </message>
    <message>
        <source>findings.csv</source>
        <translation>发现.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to.</source>
        <translation>无法写入 %1。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>全部代码</translation>
    </message>
</context>
<context>
    <name>pp::ui::MainWindow</name>
    <message>
        <source>PowerProof</source>
        <translation>PowerProof</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the sync (Esc); what was verified stays verified</source>
        <translation>停止同步（Esc）；已验证的内容仍然有效</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Workspaces (*.db);;All files (*)</source>
        <translation>工作区 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Start the &amp;demo network</source>
        <translation>启动演示网络(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Welcome screen</source>
        <translation>欢迎页(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>总览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Assets</source>
        <translation>资产(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>发现(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>网络(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Cannot sync</source>
        <translation>无法同步</translation>
    </message>
    <message>
        <source>This workspace was opened as a file. Connect to its network from the welcome screen to sync it.</source>
        <translation>此工作区是以文件方式打开的。请在欢迎页连接到其网络后再同步。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>%1 records verified</source>
        <translation>已验证 %1 条记录</translation>
    </message>
    <message>
        <source>PowerProof — %1 (%2)</source>
        <translation>PowerProof — %1（%2）</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Verifying the tip</source>
        <translation>正在验证链顶</translation>
    </message>
    <message>
        <source>Asking the witnesses</source>
        <translation>正在询问见证节点</translation>
    </message>
    <message>
        <source>Verifying headers</source>
        <translation>正在验证区块头</translation>
    </message>
    <message>
        <source>Verifying registrations</source>
        <translation>正在验证设备登记</translation>
    </message>
    <message>
        <source>Verifying records of devices</source>
        <translation>正在验证设备记录</translation>
    </message>
    <message>
        <source>Summarising days</source>
        <translation>正在汇总每日数据</translation>
    </message>
    <message>
        <source>Synced to block %1: %2 records verified, %3 rejected</source>
        <translation>已同步到区块 %1：已验证 %2 条记录，拒绝 %3 条</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>同步已停止</translation>
    </message>
    <message>
        <source>%1. What was verified before stays verified; check the node's address and your connection, then sync again (F5).</source>
        <translation>%1。之前已验证的内容仍然有效；请检查节点地址和网络连接，然后重新同步（F5）。</translation>
    </message>
    <message>
        <source>The node served data that does not verify</source>
        <translation>节点提供了无法验证的数据</translation>
    </message>
    <message>
        <source>%1. None of it was stored. Sync from another node you trust, and tell the network's operator.</source>
        <translation>%1。这些数据均未保存。请从您信任的其他节点同步，并告知网络运营方。</translation>
    </message>
    <message>
        <source>Fork detected</source>
        <translation>检测到分叉</translation>
    </message>
    <message>
        <source>Validators signed two different blocks. The evidence is on the Network page.</source>
        <translation>验证者签署了两个不同的区块。证据见“网络”页面。</translation>
    </message>
    <message>
        <source>The demo network could not start</source>
        <translation>演示网络无法启动</translation>
    </message>
</context>
<context>
    <name>pp::ui::NetworkView</name>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Validator sets</source>
        <translation>验证者集合</translation>
    </message>
    <message>
        <source>From block</source>
        <translation>起始区块</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>验证者</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Fetch and verify what is new (F5)</source>
        <translation>获取并验证新数据（F5）</translation>
    </message>
    <message>
        <source>Open the workspace from a network to sync it</source>
        <translation>从网络打开工作区后才能同步</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · chain id %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 链 ID %2</translation>
    </message>
    <message>
        <source>Verified tip: block %1, %2</source>
        <translation>已验证链顶：区块 %1，%2</translation>
    </message>
    <message>
        <source>Headers verified by hash links: 0 … %1</source>
        <translation>已通过哈希链接验证的区块头：0 … %1</translation>
    </message>
    <message>
        <source>Headers: tip only (history proofs)</source>
        <translation>区块头：仅链顶（历史证明）</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主节点</translation>
    </message>
    <message>
        <source>(not connected)</source>
        <translation>（未连接）</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>分叉</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>见证节点</translation>
    </message>
    <message>
        <source>genesis</source>
        <translation>创世</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fork detected at block %1.&lt;/b&gt; Witness %2 holds a different block signed by enough validators. Sync is halted; the evidence (both headers and both commits) is stored in the workspace. Validators who signed both: %3. Tell the network operator and your regulator.</source>
        <translation>&lt;b&gt;在区块 %1 检测到分叉。&lt;/b&gt;见证节点 %2 持有另一个由足够验证者签名的区块。同步已停止；证据（两个区块头和两个提交）已保存在工作区中。两边都签名的验证者：%3。请告知网络运营方和监管机构。</translation>
    </message>
</context>
<context>
    <name>pp::ui::OverviewView</name>
    <message>
        <source>Assets</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Records verified</source>
        <translation>已验证记录</translation>
    </message>
    <message>
        <source>Records rejected</source>
        <translation>已拒绝记录</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Verified tip</source>
        <translation>已验证链顶</translation>
    </message>
    <message>
        <source>Daily PV energy of the fleet</source>
        <translation>光伏电站每日总发电量</translation>
    </message>
    <message>
        <source>Battery state of health</source>
        <translation>电池健康状态分布</translation>
    </message>
    <message>
        <source>Vehicle kilometres per day</source>
        <translation>车辆每日行驶里程</translation>
    </message>
    <message>
        <source>Verification coverage</source>
        <translation>验证覆盖率</translation>
    </message>
    <message>
        <source>%1 PV · %2 batteries · %3 vehicles</source>
        <translation>%1 座光伏 · %2 个电池 · %3 辆车</translation>
    </message>
    <message>
        <source>refused: bad proof, signature or encoding</source>
        <translation>已拒绝：证明、签名或编码有误</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>电量</translation>
    </message>
    <message>
        <source>No verified PV data</source>
        <translation>没有已验证的光伏数据</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>No verified vehicle data</source>
        <translation>没有已验证的车辆数据</translation>
    </message>
    <message>
        <source>Assets with verified data</source>
        <translation>有已验证数据的资产</translation>
    </message>
    <message>
        <source>Nothing verified yet</source>
        <translation>尚无已验证数据</translation>
    </message>
    <message>
        <source>No verified battery data</source>
        <translation>没有已验证的电池数据</translation>
    </message>
    <message>
        <source>Packs by SoH (%)</source>
        <translation>按 SoH（%）分组的电池包数</translation>
    </message>
</context>
<context>
    <name>pp::ui::RecordInspector</name>
    <message>
        <source>Record at block %1, index %2</source>
        <translation>区块 %1、序号 %2 的记录</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Re-verify</source>
        <translation>重新验证</translation>
    </message>
    <message>
        <source>Run every check again from the stored bytes (Ctrl+R)</source>
        <translation>根据存储的字节重新运行全部检查（Ctrl+R）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What it established</source>
        <translation>验证结论</translation>
    </message>
    <message>
        <source>Sample time</source>
        <translation>采样时间</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>物理量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Decoded values</source>
        <translation>解码数值</translation>
    </message>
    <message>
        <source>Raw bytes</source>
        <translation>原始字节</translation>
    </message>
    <message>
        <source>Signer, proof and block</source>
        <translation>签名者、证明与区块</translation>
    </message>
    <message>
        <source>&lt;b style='color:#1b7f3b'&gt;✔ Verified.&lt;/b&gt; Every check passed again from the bytes in the workspace.</source>
        <translation>&lt;b style='color:#1b7f3b'&gt;✔ 已验证。&lt;/b&gt;根据工作区中的字节，所有检查再次通过。</translation>
    </message>
    <message>
        <source>&lt;b style='color:#b3261e'&gt;✘ Not verified.&lt;/b&gt; A check failed: the stored record or its proof does not match the chain. Do not rely on this record; sync again from a trusted node.</source>
        <translation>&lt;b style='color:#b3261e'&gt;✘ 未通过验证。&lt;/b&gt;有检查未通过：存储的记录或其证明与链不符。请勿依赖此记录；请从可信节点重新同步。</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ 通过</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ 未通过</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未执行</translation>
    </message>
    <message numerus="yes">
        <source>COSE_Sign1, %n byte(s):</source>
        <translation>
            <numerusform>COSE_Sign1，%n 字节：</numerusform>
        </translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未上报</translation>
    </message>
    <message numerus="yes">
        <source>Record: type %1, seq %2, time %3, %n sample(s)</source>
        <translation>
            <numerusform>记录：类型 %1，序号 %2，时间 %3，%n 个采样</numerusform>
        </translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <source>Signer (kid): %1, algorithm %2</source>
        <translation>签名者（kid）：%1，算法 %2</translation>
    </message>
    <message>
        <source>Merkle proof path (leaf %1, sibling hashes from the leaf up):</source>
        <translation>Merkle 证明路径（叶子 %1，自叶子向上的兄弟哈希）：</translation>
    </message>
    <message>
        <source>Block header %1:</source>
        <translation>区块头 %1：</translation>
    </message>
    <message>
        <source>  hash             %1</source>
        <translation>  哈希             %1</translation>
    </message>
    <message>
        <source>  time             %1</source>
        <translation>  时间             %1</translation>
    </message>
    <message>
        <source>  prev_hash        %1</source>
        <translation>  prev_hash        %1</translation>
    </message>
    <message>
        <source>  history_root     %1</source>
        <translation>  history_root     %1</translation>
    </message>
    <message>
        <source>  records_root     %1</source>
        <translation>  records_root     %1</translation>
    </message>
    <message>
        <source>  record_count     %1</source>
        <translation>  record_count     %1</translation>
    </message>
    <message>
        <source>  validators_hash  %1</source>
        <translation>  validators_hash  %1</translation>
    </message>
    <message>
        <source>  next_validators  %1</source>
        <translation>  next_validators  %1</translation>
    </message>
    <message>
        <source>Commit of block %1, signed by: %2</source>
        <translation>区块 %1 的提交，签名者：%2</translation>
    </message>
</context>
<context>
    <name>pp::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Changes apply when PowerProof starts again.</source>
        <translation>更改将在 PowerProof 重新启动后生效。</translation>
    </message>
</context>
<context>
    <name>pp::ui::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;PowerProof&lt;/h1&gt;&lt;p&gt;Operating data of renewable-energy assets, verified by this computer against a validator-signed chain.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;PowerProof&lt;/h1&gt;&lt;p&gt;可再生能源资产的运行数据，由本机依据验证者签名的区块链亲自验证。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Try it: the local demo network</source>
        <translation>试用：本地演示网络</translation>
    </message>
    <message>
        <source>Creates a devnet on this computer with 20 PV stations, 60 battery packs and 10 delivery vans and a year of their signed data (a few of them dishonest), runs a node for it, and verifies everything. The first start takes a few minutes.</source>
        <translation>在本机创建一个开发网络，包含 20 座光伏电站、60 个电池包和 10 辆物流车一年的签名数据（其中少数设备不诚实），为其运行节点并验证全部数据。首次启动需要几分钟。</translation>
    </message>
    <message>
        <source>Start the demo network</source>
        <translation>启动演示网络</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <source>Open a workspace file…</source>
        <translation>打开工作区文件…</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>最近：</translation>
    </message>
    <message>
        <source>Connect to a network</source>
        <translation>连接到网络</translation>
    </message>
    <message>
        <source>One URL a line: nodes run by others, to catch forks</source>
        <translation>每行一个 URL：由其他方运行的节点，用于发现分叉</translation>
    </message>
    <message>
        <source>64 hex digits, from the network's operator</source>
        <translation>64 位十六进制，由网络运营方提供</translation>
    </message>
    <message>
        <source>Default: in your data folder, named after the chain</source>
        <translation>默认：位于您的数据文件夹中，以链命名</translation>
    </message>
    <message>
        <source>Node URL:</source>
        <translation>节点 URL：</translation>
    </message>
    <message>
        <source>Witnesses:</source>
        <translation>见证节点：</translation>
    </message>
    <message>
        <source>Chain id:</source>
        <translation>链 ID：</translation>
    </message>
    <message>
        <source>TLS CA file:</source>
        <translation>TLS CA 文件：</translation>
    </message>
    <message>
        <source>Choose a CA bundle</source>
        <translation>选择 CA 证书包</translation>
    </message>
    <message>
        <source>Public key pin:</source>
        <translation>公钥固定：</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>客户端证书：</translation>
    </message>
    <message>
        <source>Choose a certificate</source>
        <translation>选择证书</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>客户端私钥：</translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation>选择私钥</translation>
    </message>
    <message>
        <source>Workspace file:</source>
        <translation>工作区文件：</translation>
    </message>
    <message>
        <source>Choose the workspace file</source>
        <translation>选择工作区文件</translation>
    </message>
    <message>
        <source>Connect and sync</source>
        <translation>连接并同步</translation>
    </message>
    <message>
        <source>Workspaces (*.db);;All files (*)</source>
        <translation>工作区 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The node URL must start with http:// or https://.</source>
        <translation>节点 URL 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>The chain id must be 64 hex digits: it is what you trust, so get it from the network's operator, not from the node.</source>
        <translation>链 ID 必须是 64 位十六进制：它是您信任的依据，请从网络运营方获取，而不是从节点获取。</translation>
    </message>
</context>
<context>
    <name>pp::ui::WorkspaceSession</name>
    <message>
        <source>Could not read the workspace</source>
        <translation>无法读取工作区</translation>
    </message>
    <message>
        <source>Could not open the asset</source>
        <translation>无法打开资产</translation>
    </message>
    <message>
        <source>Could not inspect the record</source>
        <translation>无法检查记录</translation>
    </message>
</context>
</TS>