<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Audit</name>
    <message>
        <source>its bytes do not hash to its stored hash</source>
        <translation>其字节的哈希与存储的哈希不符</translation>
    </message>
    <message>
        <source>it names another chain</source>
        <translation>它指向另一条链</translation>
    </message>
    <message>
        <source>it does not link to header %1</source>
        <translation>它未链接到区块头 %1</translation>
    </message>
    <message>
        <source>its time is not after header %1&apos;s</source>
        <translation>它的时间不晚于区块头 %1 的时间</translation>
    </message>
    <message>
        <source>its validator set is not the one header %1 announced</source>
        <translation>它的验证者集合不是区块头 %1 所公布的集合</translation>
    </message>
    <message>
        <source>its header is not held</source>
        <translation>工作区中没有它的区块头</translation>
    </message>
    <message>
        <source>its row does not say what its record says</source>
        <translation>其数据行与记录内容不符</translation>
    </message>
    <message>
        <source>%1 at record %2/%3 is missing: %4</source>
        <translation>记录 %2/%3 缺少 %1：%4</translation>
    </message>
    <message>
        <source>%1 at record %2/%3 has no cause in the records: %4</source>
        <translation>记录 %2/%3 的 %1 在记录中找不到依据：%4</translation>
    </message>
    <message>
        <source>the day&apos;s summary is missing</source>
        <translation>缺少该日的汇总</translation>
    </message>
    <message>
        <source>the day&apos;s summary is not what its records sum to</source>
        <translation>该日的汇总与其记录之和不符</translation>
    </message>
    <message>
        <source>a summary of a day without records</source>
        <translation>没有记录的日期却有汇总</translation>
    </message>
    <message>
        <source>the battery&apos;s summary is not what its records give</source>
        <translation>电池的汇总与其记录得出的结果不符</translation>
    </message>
</context>
<context>
    <name>Battery</name>
    <message>
        <source>no verified samples in the window</source>
        <translation>时间范围内没有已验证的采样</translation>
    </message>
    <message>
        <source>the registered capacity</source>
        <translation>注册的额定容量</translation>
    </message>
    <message>
        <source>the registration gives no nominal_capacity_mah</source>
        <translation>注册信息未给出 nominal_capacity_mah</translation>
    </message>
    <message>
        <source>the registration gives no battery_capacity_wh</source>
        <translation>注册信息未给出 battery_capacity_wh</translation>
    </message>
    <message>
        <source>the registered %1 kWh over the median pack voltage, %2 V</source>
        <translation>注册的 %1 kWh 除以电池包电压中位数 %2 V</translation>
    </message>
    <message>
        <source>no state-of-health values to fit</source>
        <translation>没有可拟合的健康状态数据</translation>
    </message>
    <message>
        <source>%1 state-of-health values over %2 days: a fit needs at least 8 over 60 days</source>
        <translation>%2 天内仅有 %1 个健康状态数据：拟合至少需要 60 天内 8 个</translation>
    </message>
    <message>
        <source>the values do not fall with age or use: no fade to fit</source>
        <translation>数据未随时间或使用而下降：没有可拟合的衰减</translation>
    </message>
    <message>
        <source>the fitted fade (%1 points) is within the scatter of the values (±%2): the data cannot support a projection</source>
        <translation>拟合的衰减（%1 个百分点）在数据离散范围（±%2）之内：数据不足以支持预测</translation>
    </message>
    <message>
        <source>over-temperature: up to %1 °C</source>
        <translation>过温：最高 %1 °C</translation>
    </message>
    <message>
        <source>charging below 0 °C: down to %1 °C</source>
        <translation>0 °C 以下充电：最低 %1 °C</translation>
    </message>
    <message>
        <source>cell over-voltage: up to %1 V</source>
        <translation>单体过压：最高 %1 V</translation>
    </message>
    <message>
        <source>cell under-voltage: down to %1 V</source>
        <translation>单体欠压：最低 %1 V</translation>
    </message>
    <message>
        <source>deep discharge: down to %1 %</source>
        <translation>深度放电：最低 %1 %</translation>
    </message>
    <message>
        <source>fault flags 0x%1</source>
        <translation>故障标志 0x%1</translation>
    </message>
    <message>
        <source>cycle counter went back by %1</source>
        <translation>循环计数回退 %1</translation>
    </message>
    <message>
        <source>no data for %1 hours</source>
        <translation>%1 小时无数据</translation>
    </message>
    <message>
        <source>no charge or discharge moved the SoC by 30 points without a gap</source>
        <translation>没有一次不间断的充电或放电使 SoC 变化达 30 个百分点</translation>
    </message>
</context>
<context>
    <name>Chart</name>
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
        <translation>无法写入 %1。请选择一个可写入的文件夹。</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>将图表数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1：%2，时间 %3</translation>
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
        <source>State %1</source>
        <translation>状态 %1</translation>
    </message>
</context>
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
        <source>Signed with the device&apos;s registered key</source>
        <translation>由设备登记的密钥签名</translation>
    </message>
    <message>
        <source>Record and payload decode</source>
        <translation>记录与载荷可解码</translation>
    </message>
    <message>
        <source>header %1 was tied to the tip by a history proof</source>
        <translation>区块头 %1 已通过历史证明与链顶关联</translation>
    </message>
    <message>
        <source>linked by hashes from block %1 up to block %2</source>
        <translation>从区块 %1 到区块 %2 以哈希逐块链接</translation>
    </message>
    <message>
        <source>block %1: %2 of %3 power, signed by %4</source>
        <translation>区块 %1：%3 的投票权重中有 %2 签名，签名者 %4</translation>
    </message>
    <message>
        <source>leaf %1 of %2</source>
        <translation>共 %2 个叶子中的第 %1 个</translation>
    </message>
    <message>
        <source>%1 of %2 samples do not decode (MALFORMED): %3</source>
        <translation>%2 个采样中有 %1 个无法解码（MALFORMED）：%3</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to.</source>
        <translation>无法写入 %1。请选择一个可写入的文件夹。</translation>
    </message>
</context>
<context>
    <name>Error</name>
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
    <message>
        <source>no verified registration for device %1</source>
        <translation>设备 %1 没有已验证的注册</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>CBOR input of %1 bytes exceeds the limit of %2</source>
        <translation>CBOR 输入为 %1 字节，超过上限 %2</translation>
    </message>
    <message>
        <source>CBOR input is empty at byte %1</source>
        <translation>CBOR 输入为空（第 %1 字节）</translation>
    </message>
    <message>
        <source>trailing bytes after the CBOR item at byte %1</source>
        <translation>CBOR 数据项之后有多余字节（第 %1 字节）</translation>
    </message>
    <message>
        <source>too many CBOR items at byte %1 (limit %2)</source>
        <translation>CBOR 数据项过多（第 %1 字节，上限 %2）</translation>
    </message>
    <message>
        <source>CBOR simple value not allowed at byte %1</source>
        <translation>不允许 CBOR 简单值（第 %1 字节）</translation>
    </message>
    <message>
        <source>CBOR text string has invalid UTF-8 at byte %1</source>
        <translation>CBOR 文本字符串含无效 UTF-8（第 %1 字节）</translation>
    </message>
    <message>
        <source>CBOR nesting deeper than %2 at byte %1</source>
        <translation>CBOR 嵌套深度超过 %2（第 %1 字节）</translation>
    </message>
    <message>
        <source>CBOR container at byte %1 declares more items than the input holds</source>
        <translation>第 %1 字节处的 CBOR 容器声明的项数多于输入所含</translation>
    </message>
    <message>
        <source>duplicate CBOR map key at byte %1</source>
        <translation>CBOR 映射键重复（第 %1 字节）</translation>
    </message>
    <message>
        <source>CBOR map keys out of deterministic order at byte %1</source>
        <translation>CBOR 映射键不符合确定性排序（第 %1 字节）</translation>
    </message>
    <message>
        <source>CBOR tag %2 not allowed at byte %1</source>
        <translation>不允许 CBOR 标签 %2（第 %1 字节）</translation>
    </message>
    <message>
        <source>must be %1 bytes, not %2</source>
        <translation>应为 %1 字节，而不是 %2</translation>
    </message>
    <message>
        <source>CBOR input ends early at byte %1</source>
        <translation>CBOR 输入在第 %1 字节提前结束</translation>
    </message>
    <message>
        <source>unexpected CBOR break code at byte %1</source>
        <translation>意外的 CBOR 中断码（第 %1 字节）</translation>
    </message>
    <message>
        <source>indefinite-length CBOR item at byte %1</source>
        <translation>不定长 CBOR 数据项（第 %1 字节）</translation>
    </message>
    <message>
        <source>reserved CBOR additional information %2 at byte %1</source>
        <translation>保留的 CBOR 附加信息 %2（第 %1 字节）</translation>
    </message>
    <message>
        <source>CBOR floating-point value not allowed at byte %1</source>
        <translation>不允许 CBOR 浮点值（第 %1 字节）</translation>
    </message>
    <message>
        <source>CBOR integer or length not in shortest form at byte %1</source>
        <translation>CBOR 整数或长度未采用最短编码（第 %1 字节）</translation>
    </message>
    <message>
        <source>CBOR string at byte %1 is longer than the input</source>
        <translation>第 %1 字节处的 CBOR 字符串超出输入长度</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>entry %1 must be [index, 64-byte signature]</source>
        <translation>第 %1 项应为 [索引, 64 字节签名]</translation>
    </message>
    <message>
        <source>validator indices must strictly increase (entry %1)</source>
        <translation>验证者索引必须严格递增（第 %1 项）</translation>
    </message>
    <message>
        <source>the commit for height %1 is for another header</source>
        <translation>高度 %1 的提交属于另一个区块头</translation>
    </message>
    <message>
        <source>the validator set given for height %1 is not the one its header names</source>
        <translation>为高度 %1 提供的验证者集合不是其区块头所指定的集合</translation>
    </message>
    <message>
        <source>the commit for height %1 has an out-of-order or unknown validator index %2</source>
        <translation>高度 %1 的提交含有乱序或未知的验证者索引 %2</translation>
    </message>
    <message>
        <source>the commit for height %1 has a bad signature by validator %2 (%3)</source>
        <translation>高度 %1 的提交中验证者 %2（%3）的签名无效</translation>
    </message>
    <message>
        <source>the commit for height %1 has %2 of %3 voting power, not more than two thirds</source>
        <translation>高度 %1 的提交仅有 %3 投票权重中的 %2，未超过三分之二</translation>
    </message>
    <message>
        <source>genesis</source>
        <translation>创世文件</translation>
    </message>
    <message>
        <source>registrar %1 must be [name, key]</source>
        <translation>注册方 %1 应为 [名称, 公钥]</translation>
    </message>
    <message>
        <source>genesis registrar %1</source>
        <translation>创世注册方 %1</translation>
    </message>
    <message>
        <source>genesis registrar %1 uses %2, which the %3 profile does not allow</source>
        <translation>创世注册方 %1 使用 %2，%3 配置不允许该算法</translation>
    </message>
    <message>
        <source>protocol %1 is not powerproof/1</source>
        <translation>协议 %1 不是 powerproof/1</translation>
    </message>
    <message>
        <source>hash %1 is not sha-256 or sm3</source>
        <translation>哈希算法 %1 不是 sha-256 或 sm3</translation>
    </message>
    <message>
        <source>a header is 214 bytes, not %1</source>
        <translation>区块头应为 214 字节，而不是 %1</translation>
    </message>
    <message>
        <source>header version %1 is not 1</source>
        <translation>区块头版本 %1 不是 1</translation>
    </message>
    <message>
        <source>header at height %1 follows height %2</source>
        <translation>高度 %1 的区块头接在高度 %2 之后</translation>
    </message>
    <message>
        <source>header at height %1 belongs to another chain</source>
        <translation>高度 %1 的区块头属于另一条链</translation>
    </message>
    <message>
        <source>header at height %1 does not link to the previous header&apos;s hash</source>
        <translation>高度 %1 的区块头未链接到前一区块头的哈希</translation>
    </message>
    <message>
        <source>header at height %1 has time %2, not after %3</source>
        <translation>高度 %1 的区块头时间为 %2，不晚于 %3</translation>
    </message>
    <message>
        <source>header at height %1 names a validator set its predecessor did not announce</source>
        <translation>高度 %1 的区块头指定了前一区块未宣告的验证者集合</translation>
    </message>
    <message>
        <source>validator set</source>
        <translation>验证者集合</translation>
    </message>
    <message>
        <source>has no validators</source>
        <translation>没有验证者</translation>
    </message>
    <message>
        <source>validator %1 has power 0</source>
        <translation>验证者 %1 的投票权重为 0</translation>
    </message>
    <message>
        <source>total power reaches 2^62 at validator %1</source>
        <translation>总投票权重在验证者 %1 处达到 2^62</translation>
    </message>
    <message>
        <source>validator %1 uses %2, which the %3 profile does not allow</source>
        <translation>验证者 %1 使用 %2，%3 配置不允许该算法</translation>
    </message>
    <message>
        <source>must be an array of [name, key, power]</source>
        <translation>应为 [名称, 公钥, 权重] 的数组</translation>
    </message>
    <message>
        <source>entry %1 must be [name, key, power]</source>
        <translation>第 %1 项应为 [名称, 公钥, 权重]</translation>
    </message>
    <message>
        <source>validator set entry %1</source>
        <translation>验证者集合第 %1 项</translation>
    </message>
    <message>
        <source>COSE_Sign1</source>
        <translation>COSE_Sign1</translation>
    </message>
    <message>
        <source>COSE_Sign1: not a CBOR tag 18 message</source>
        <translation>COSE_Sign1：不是 CBOR 标签 18 消息</translation>
    </message>
    <message>
        <source>COSE_Sign1: must be an array of 4 elements</source>
        <translation>COSE_Sign1：应为 4 个元素的数组</translation>
    </message>
    <message>
        <source>COSE_Sign1: the protected header must be a byte string</source>
        <translation>COSE_Sign1：受保护头部应为字节串</translation>
    </message>
    <message>
        <source>COSE_Sign1: protected header</source>
        <translation>COSE_Sign1：受保护头部</translation>
    </message>
    <message>
        <source>COSE_Sign1: the protected header must be exactly {1: alg}</source>
        <translation>COSE_Sign1：受保护头部必须恰好为 {1: alg}</translation>
    </message>
    <message>
        <source>COSE_Sign1: unsupported algorithm %1</source>
        <translation>COSE_Sign1：不支持的算法 %1</translation>
    </message>
    <message>
        <source>COSE_Sign1: the unprotected header must be exactly {4: kid} with a 16-byte kid</source>
        <translation>COSE_Sign1：非保护头部必须恰好为 {4: kid}，kid 为 16 字节</translation>
    </message>
    <message>
        <source>COSE_Sign1: the payload must be an embedded byte string</source>
        <translation>COSE_Sign1：载荷应为内嵌字节串</translation>
    </message>
    <message>
        <source>COSE_Sign1: the signature must be a 64-byte byte string</source>
        <translation>COSE_Sign1：签名应为 64 字节的字节串</translation>
    </message>
    <message>
        <source>COSE_Sign1: kid %1 is not the expected %2</source>
        <translation>COSE_Sign1：kid %1 不是预期的 %2</translation>
    </message>
    <message>
        <source>COSE_Sign1: algorithm %1 does not match the %2 key</source>
        <translation>COSE_Sign1：算法 %1 与 %2 密钥不匹配</translation>
    </message>
    <message>
        <source>certificate: %1 failed: %2</source>
        <translation>证书：%1 失败：%2</translation>
    </message>
    <message>
        <source>OpenSSL failed to %1: %2</source>
        <translation>OpenSSL 执行 %1 失败：%2</translation>
    </message>
    <message>
        <source>the key is not Ed25519, P-256 or SM2</source>
        <translation>该密钥不是 Ed25519、P-256 或 SM2</translation>
    </message>
    <message>
        <source>the private key is encrypted: a passphrase is needed</source>
        <translation>私钥已加密：需要口令</translation>
    </message>
    <message>
        <source>wrong passphrase, or the encrypted key is damaged</source>
        <translation>口令错误，或加密的密钥已损坏</translation>
    </message>
    <message>
        <source>not a PEM private key (%1)</source>
        <translation>不是 PEM 私钥（%1）</translation>
    </message>
    <message>
        <source>%1 public key must be %2 bytes, not %3</source>
        <translation>%1 公钥应为 %2 字节，而不是 %3</translation>
    </message>
    <message>
        <source>not a valid %1 public key</source>
        <translation>不是有效的 %1 公钥</translation>
    </message>
    <message>
        <source>a key must be the CBOR array [alg, pub]</source>
        <translation>密钥应为 CBOR 数组 [alg, pub]</translation>
    </message>
    <message>
        <source>unsupported key algorithm %1</source>
        <translation>不支持的密钥算法 %1</translation>
    </message>
    <message>
        <source>not a PEM public key of Ed25519, P-256 or SM2</source>
        <translation>不是 Ed25519、P-256 或 SM2 的 PEM 公钥</translation>
    </message>
    <message>
        <source>signature must be 64 bytes, not %1</source>
        <translation>签名应为 64 字节，而不是 %1</translation>
    </message>
    <message>
        <source>ECDSA signature has s &gt; n/2 (the low-S rule forbids it)</source>
        <translation>ECDSA 签名的 s &gt; n/2（低 S 规则禁止）</translation>
    </message>
    <message>
        <source>%1 signature does not verify</source>
        <translation>%1 签名验证未通过</translation>
    </message>
    <message>
        <source>Ed25519 signs messages, not digests</source>
        <translation>Ed25519 对消息签名，而不是对摘要签名</translation>
    </message>
    <message>
        <source>%1 signs a 32-byte digest, not %2 bytes</source>
        <translation>%1 对 32 字节摘要签名，而不是 %2 字节</translation>
    </message>
    <message>
        <source>time stamping: %1 failed: %2</source>
        <translation>时间戳：%1 失败：%2</translation>
    </message>
    <message>
        <source>the validator set</source>
        <translation>验证者集合</translation>
    </message>
    <message>
        <source>the served set hashes to %1, not to %2 as header %3 announced</source>
        <translation>节点提供的集合哈希为 %1，而不是区块头 %3 宣告的 %2</translation>
    </message>
    <message>
        <source>the tip at height %1 is signed by a validator set the node never announced: it omitted the validator change at height %2. Sync against another node, or add it as --witness</source>
        <translation>高度 %1 的链顶由节点从未宣告的验证者集合签名：它遗漏了高度 %2 的验证者变更。请改从其他节点同步，或用 --witness 添加其他节点</translation>
    </message>
    <message>
        <source>the node serves chain %1, not %2</source>
        <translation>该节点提供的是链 %1，而不是 %2</translation>
    </message>
    <message>
        <source>validator change at height %1</source>
        <translation>高度 %1 的验证者变更</translation>
    </message>
    <message>
        <source>the header at the tip (height %1) hashes to %2, not to the %3 the node&apos;s status names</source>
        <translation>链顶区块头（高度 %1）的哈希为 %2，而不是节点状态给出的 %3</translation>
    </message>
    <message>
        <source>block 0 is not the one the genesis document defines</source>
        <translation>区块 0 不是创世文件所定义的区块</translation>
    </message>
    <message>
        <source>the tip at height %1</source>
        <translation>高度 %1 的链顶</translation>
    </message>
    <message>
        <source>the node&apos;s tip (%1) is below the verified tip (%2): it is behind; try another node</source>
        <translation>节点的链顶（%1）低于已验证的链顶（%2）：该节点落后，请尝试其他节点</translation>
    </message>
    <message>
        <source>the new tip does not extend the verified tip at height %1</source>
        <translation>新链顶未延续高度 %1 的已验证链顶</translation>
    </message>
    <message>
        <source>header %1 of a validator change</source>
        <translation>验证者变更的区块头 %1</translation>
    </message>
    <message>
        <source>header %1 differs from the verified tip at that height</source>
        <translation>区块头 %1 与该高度的已验证链顶不同</translation>
    </message>
    <message>
        <source>height %1 is above the verified tip %2</source>
        <translation>高度 %1 高于已验证的链顶 %2</translation>
    </message>
    <message>
        <source>the node served %1 headers from height %2, not the %3 below its tip</source>
        <translation>节点从高度 %2 起提供了 %1 个区块头，而不是其链顶以下的 %3 个</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>区块头 %1</translation>
    </message>
    <message>
        <source>stored registration at height %1 index %2</source>
        <translation>高度 %1 索引 %2 处存储的注册</translation>
    </message>
    <message>
        <source>a type %1 record served as a registration</source>
        <translation>类型 %1 的记录被当作注册提供</translation>
    </message>
    <message>
        <source>kid %1 is not a genesis registrar</source>
        <translation>kid %1 不是创世注册方</translation>
    </message>
    <message>
        <source>a type %1 record of device %2 served for device %3</source>
        <translation>设备 %2 的类型 %1 记录被当作设备 %3 的记录提供</translation>
    </message>
    <message>
        <source>device %1 has no verified registration before this record</source>
        <translation>在此记录之前，设备 %1 没有已验证的注册</translation>
    </message>
    <message>
        <source>device %1 was revoked at height %2, before this record</source>
        <translation>设备 %1 已在高度 %2 被吊销，早于此记录</translation>
    </message>
    <message>
        <source>the workspace belongs to chain %1, not %2</source>
        <translation>该工作区属于链 %1，而不是 %2</translation>
    </message>
    <message>
        <source>a new workspace needs the chain&apos;s --chain-id (64 hex digits): it is what you trust</source>
        <translation>新工作区需要链的 --chain-id（64 位十六进制）：这是您所信任的链</translation>
    </message>
    <message>
        <source>the genesis document</source>
        <translation>创世文件</translation>
    </message>
    <message>
        <source>the node&apos;s genesis document hashes to %1, not to the chain_id %2 you trust</source>
        <translation>节点的创世文件哈希为 %1，而不是您信任的 chain_id %2</translation>
    </message>
    <message>
        <source>fork at height %1: %2 serves a conflicting header signed by a quorum. Sync halted; the evidence is stored</source>
        <translation>高度 %1 出现分叉：%2 提供了一个经法定多数签名的冲突区块头。同步已停止，证据已保存</translation>
    </message>
    <message>
        <source>validator set from block %1</source>
        <translation>来自区块 %1 的验证者集合</translation>
    </message>
    <message>
        <source>no verified header at height %1</source>
        <translation>高度 %1 没有已验证的区块头</translation>
    </message>
    <message>
        <source>the node served a record that does not verify (height %1, index %2)</source>
        <translation>节点提供了一条无法验证的记录（高度 %1，索引 %2）</translation>
    </message>
    <message>
        <source>block %1 holds more registrations than one answer can carry</source>
        <translation>区块 %1 含有的注册多于单次应答能承载的数量</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>a tree of size %1 needs %2 frontier hashes, not %3</source>
        <translation>大小为 %1 的树需要 %2 个前沿哈希，而不是 %3 个</translation>
    </message>
    <message>
        <source>the tree holds no complete subtree at level %1, index %2</source>
        <translation>该树在第 %1 层、索引 %2 处没有完整子树</translation>
    </message>
    <message>
        <source>proof has %1 hashes where %2 are needed</source>
        <translation>证明有 %1 个哈希，而需要 %2 个</translation>
    </message>
    <message>
        <source>an empty tree includes no leaf</source>
        <translation>空树不包含任何叶子</translation>
    </message>
    <message>
        <source>leaf index %1 is outside a tree of size %2</source>
        <translation>叶子索引 %1 超出大小为 %2 的树</translation>
    </message>
    <message>
        <source>proof is too long</source>
        <translation>证明过长</translation>
    </message>
    <message>
        <source>proof is too short</source>
        <translation>证明过短</translation>
    </message>
    <message>
        <source>inclusion proof for leaf %1 of %2 leads to root %3, not %4</source>
        <translation>大小为 %2 的树中叶子 %1 的包含证明得出根 %3，而不是 %4</translation>
    </message>
    <message>
        <source>old tree size %1 is larger than new size %2</source>
        <translation>旧树大小 %1 大于新大小 %2</translation>
    </message>
    <message>
        <source>old root %1 cannot precede new root %2 at these sizes</source>
        <translation>在这些大小下，旧根 %1 不可能先于新根 %2</translation>
    </message>
    <message>
        <source>consistency proof leads to old root %1, not %2</source>
        <translation>一致性证明得出旧根 %1，而不是 %2</translation>
    </message>
    <message>
        <source>consistency proof leads to new root %1, not %2</source>
        <translation>一致性证明得出新根 %1，而不是 %2</translation>
    </message>
    <message>
        <source>no inclusion proof for index %1 in a tree of size %2</source>
        <translation>大小为 %2 的树中索引 %1 没有包含证明</translation>
    </message>
    <message>
        <source>no consistency proof from size %1 to the smaller size %2</source>
        <translation>不存在从大小 %1 到更小大小 %2 的一致性证明</translation>
    </message>
    <message>
        <source>a proof must be a CBOR array of hashes</source>
        <translation>证明应为由哈希组成的 CBOR 数组</translation>
    </message>
    <message>
        <source>a proof of %1 hashes is longer than any tree needs</source>
        <translation>含 %1 个哈希的证明比任何树所需的都长</translation>
    </message>
    <message>
        <source>proof element %1 is not a 32-byte hash</source>
        <translation>证明元素 %1 不是 32 字节哈希</translation>
    </message>
    <message>
        <source>node URL %1 must start with http:// or https://</source>
        <translation>节点 URL %1 必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <source>libcurl could not start</source>
        <translation>libcurl 无法启动</translation>
    </message>
    <message>
        <source>%1 answered more than %2 bytes, more than the protocol allows</source>
        <translation>%1 的应答超过 %2 字节，超出协议允许的范围</translation>
    </message>
    <message>
        <source>%1: TLS failed: %2 (trust the node&apos;s CA with --ca-file, or give the client certificate the node requires with --client-cert and --client-key)</source>
        <translation>%1：TLS 失败：%2（请用 --ca-file 信任节点的 CA，或用 --client-cert 和 --client-key 提供节点要求的客户端证书）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 返回 HTTP %2：%3</translation>
    </message>
    <message>
        <source>after %1 attempts</source>
        <translation>已尝试 %1 次</translation>
    </message>
    <message>
        <source>the node&apos;s answer to %1</source>
        <translation>节点对 %1 的应答</translation>
    </message>
    <message>
        <source>not an array of entries</source>
        <translation>不是条目数组</translation>
    </message>
    <message>
        <source>entry %1 is not [height, index, record, proof]</source>
        <translation>第 %1 项不是 [高度, 索引, 记录, 证明]</translation>
    </message>
    <message>
        <source>entry %1 of %2</source>
        <translation>%2 的第 %1 项</translation>
    </message>
    <message>
        <source>%1 bytes are not at most %2 headers of 214 bytes</source>
        <translation>%1 字节不是至多 %2 个 214 字节的区块头</translation>
    </message>
    <message>
        <source>header at height %1</source>
        <translation>高度 %1 的区块头</translation>
    </message>
    <message>
        <source>not {1: height, 2: hash, 3: chain_id, 4: name}</source>
        <translation>不是 {1: height, 2: hash, 3: chain_id, 4: name}</translation>
    </message>
    <message>
        <source>the node has no header at height %1</source>
        <translation>该节点没有高度 %1 的区块头</translation>
    </message>
    <message>
        <source>not an array of heights</source>
        <translation>不是高度数组</translation>
    </message>
    <message>
        <source>not increasing heights above %1</source>
        <translation>不是高于 %1 的递增高度</translation>
    </message>
    <message>
        <source>GB/T 32960 packet</source>
        <translation>GB/T 32960 数据包</translation>
    </message>
    <message>
        <source>unit 0x%2 ends early at byte %1</source>
        <translation>信息单元 0x%2 在第 %1 字节提前结束</translation>
    </message>
    <message>
        <source>too short at byte %1</source>
        <translation>长度不足（第 %1 字节）</translation>
    </message>
    <message>
        <source>command 0x%2 at byte %1 is not real-time (0x02) or reissue (0x03)</source>
        <translation>第 %1 字节处的命令 0x%2 不是实时上报（0x02）或补发（0x03）</translation>
    </message>
    <message>
        <source>response flag at byte %1 is not 0xFE</source>
        <translation>第 %1 字节处的应答标志不是 0xFE</translation>
    </message>
    <message>
        <source>encrypted data unit (byte %1) not supported</source>
        <translation>不支持加密的数据单元（第 %1 字节）</translation>
    </message>
    <message>
        <source>data length %2 at byte %1 does not match the packet size</source>
        <translation>第 %1 字节处的数据长度 %2 与数据包大小不符</translation>
    </message>
    <message>
        <source>BCC at byte %1 is wrong</source>
        <translation>第 %1 字节处的 BCC 校验码错误</translation>
    </message>
    <message>
        <source>no time at byte %1</source>
        <translation>第 %1 字节处缺少时间</translation>
    </message>
    <message>
        <source>invalid time at byte %1</source>
        <translation>第 %1 字节处的时间无效</translation>
    </message>
    <message>
        <source>packet VIN %1 is not the registered %2</source>
        <translation>数据包的 VIN %1 不是注册的 %2</translation>
    </message>
    <message>
        <source>a device record&apos;s kid %1 is not its device_id %2</source>
        <translation>设备记录的 kid %1 不是其 device_id %2</translation>
    </message>
    <message>
        <source>record body</source>
        <translation>记录正文</translation>
    </message>
    <message>
        <source>sample %1 must be an array of 10 integers</source>
        <translation>样本 %1 应为 10 个整数的数组</translation>
    </message>
    <message>
        <source>meta keys must be text</source>
        <translation>元数据的键必须是文本</translation>
    </message>
    <message>
        <source>meta %1 has the wrong type</source>
        <translation>元数据 %1 的类型错误</translation>
    </message>
    <message>
        <source>unknown record type %1</source>
        <translation>未知的记录类型 %1</translation>
    </message>
    <message>
        <source>a type %1 record body has no key %2</source>
        <translation>类型 %1 的记录正文缺少键 %2</translation>
    </message>
    <message>
        <source>the sample interval must be at least 1 s</source>
        <translation>采样间隔至少为 1 秒</translation>
    </message>
    <message>
        <source>asset class %1 is not 1, 2 or 3</source>
        <translation>资产类别 %1 不是 1、2 或 3</translation>
    </message>
    <message>
        <source>device key</source>
        <translation>设备密钥</translation>
    </message>
    <message>
        <source>%1 keys are not allowed by the %2 profile</source>
        <translation>%2 配置不允许 %1 密钥</translation>
    </message>
    <message>
        <source>SunSpec block</source>
        <translation>SunSpec 数据块</translation>
    </message>
    <message>
        <source>scale factor %1 = %2 is outside -10..10</source>
        <translation>比例因子 %1 = %2 超出 -10..10</translation>
    </message>
    <message>
        <source>the %1 database has schema %2, newer than this program&apos;s %3</source>
        <translation>%1 数据库的结构版本为 %2，比本程序的 %3 更新</translation>
    </message>
    <message>
        <source>database: %1 failed: %2</source>
        <translation>数据库：%1 失败：%2</translation>
    </message>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>the workspace holds a damaged header</source>
        <translation>工作区含有已损坏的区块头</translation>
    </message>
    <message>
        <source>the workspace has no chain yet: run sync with --chain-id first</source>
        <translation>工作区尚无链：请先带 --chain-id 运行同步</translation>
    </message>
    <message>
        <source>the workspace has no validator set</source>
        <translation>工作区没有验证者集合</translation>
    </message>
    <message>
        <source>must be a CBOR map</source>
        <translation>应为 CBOR 映射</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>未知的键 %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>键 %1</translation>
    </message>
    <message>
        <source>key %1 is missing</source>
        <translation>缺少键 %1</translation>
    </message>
    <message>
        <source>must be an unsigned integer</source>
        <translation>应为无符号整数</translation>
    </message>
    <message>
        <source>must be a byte string</source>
        <translation>应为字节串</translation>
    </message>
    <message>
        <source>must be a text string</source>
        <translation>应为文本字符串</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>must be a map</source>
        <translation>应为映射</translation>
    </message>
    <message>
        <source>the workspace holds no header for block %1</source>
        <translation>工作区没有区块 %1 的区块头</translation>
    </message>
    <message>
        <source>the workspace holds no commit for block %1</source>
        <translation>工作区没有区块 %1 的提交</translation>
    </message>
    <message>
        <source>the last record of a page of device %1 does not parse, so the next page cannot be asked for</source>
        <translation>设备 %1 一页记录的最后一条无法解析，因此无法请求下一页</translation>
    </message>
    <message>
        <source>the node served records out of seq order: seq %1 after seq %2 (height %3, index %4)</source>
        <translation>节点提供的记录未按序号排列：序号 %1 出现在序号 %2 之后（高度 %3，索引 %4）</translation>
    </message>
    <message>
        <source>this worker has no workspace</source>
        <translation>此工作线程没有工作区</translation>
    </message>
    <message>
        <source>the workspace %1 is in use by another writer: %2 (process %3 on %4); wait for it to finish</source>
        <translation>工作区 %1 正被另一个写入者使用：%2（进程 %3，主机 %4）；请等待其完成</translation>
    </message>
    <message>
        <source>cannot create the lock file %1 beside the workspace</source>
        <translation>无法在工作区旁创建锁文件 %1</translation>
    </message>
    <message>
        <source>bag file %1</source>
        <translation>包文件 %1</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>line %1 is not &quot;checksum path&quot;</source>
        <translation>第 %1 行不是“校验和 路径”格式</translation>
    </message>
    <message>
        <source>line %1 lists %2, which the bag does not hold</source>
        <translation>第 %1 行列出了 %2，但包中没有该文件</translation>
    </message>
    <message>
        <source>%1 does not match its checksum</source>
        <translation>%1 与其校验和不符</translation>
    </message>
    <message>
        <source>lists %1 twice</source>
        <translation>重复列出了 %1</translation>
    </message>
    <message>
        <source>does not list %1</source>
        <translation>未列出 %1</translation>
    </message>
    <message>
        <source>must declare BagIt 1.0 in UTF-8</source>
        <translation>必须声明为 UTF-8 编码的 BagIt 1.0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;Label: value&quot;</source>
        <translation>“%1”不是“标签: 值”格式</translation>
    </message>
    <message>
        <source>Payload-Oxum %1 does not match the payload (%2.%3)</source>
        <translation>Payload-Oxum %1 与载荷（%2.%3）不符</translation>
    </message>
    <message>
        <source>block %1, index %2</source>
        <translation>区块 %1，索引 %2</translation>
    </message>
    <message>
        <source>the workspace holds no verified chain yet</source>
        <translation>工作区中尚无已验证的链</translation>
    </message>
    <message>
        <source>the workspace holds no commit of its tip</source>
        <translation>工作区中没有其最新区块的提交签名</translation>
    </message>
    <message>
        <source>the workspace lacks header %1</source>
        <translation>工作区缺少区块头 %1</translation>
    </message>
    <message>
        <source>the stored headers do not add up to the tip&apos;s history root</source>
        <translation>所存区块头计算出的结果与最新区块的历史根不符</translation>
    </message>
    <message>
        <source>the workspace lacks the transition at height %1</source>
        <translation>工作区缺少高度 %1 处的验证人变更</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <source>a proof must be an array of hashes</source>
        <translation>证明必须是哈希值数组</translation>
    </message>
    <message>
        <source>must be an array of 4 items</source>
        <translation>必须是含 4 项的数组</translation>
    </message>
    <message>
        <source>must be an array of 2 items</source>
        <translation>必须是含 2 项的数组</translation>
    </message>
    <message>
        <source>must be [height, index, record bytes, proof]</source>
        <translation>必须是 [高度, 索引, 记录字节, 证明]</translation>
    </message>
    <message>
        <source>the exporter&apos;s statement must be a map</source>
        <translation>导出者声明必须是映射</translation>
    </message>
    <message>
        <source>the exporter&apos;s statement needs time, tool, devices, from and to, each of its type</source>
        <translation>导出者声明需要 time、tool、devices、from 和 to，且类型正确</translation>
    </message>
    <message>
        <source>each device must be 16 bytes</source>
        <translation>每个设备必须为 16 字节</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>必须是“%1”，而不是“%2”</translation>
    </message>
    <message>
        <source>header c-1 must be a byte string</source>
        <translation>区块头 c-1 必须是字节串</translation>
    </message>
    <message>
        <source>must be [header bytes, commit]</source>
        <translation>必须是 [区块头字节, 提交签名]</translation>
    </message>
    <message>
        <source>the header must be a byte string</source>
        <translation>区块头必须是字节串</translation>
    </message>
    <message>
        <source>the package as built does not verify</source>
        <translation>生成的证据包未通过验证</translation>
    </message>
    <message>
        <source>the bag holds no %1</source>
        <translation>包中没有 %1</translation>
    </message>
    <message>
        <source>bag-info.txt names chain &quot;%1&quot; and anchor &quot;%2&quot;, not what evidence.cbor proves</source>
        <translation>bag-info.txt 声明的链“%1”和锚定区块“%2”与 evidence.cbor 所证明的不符</translation>
    </message>
    <message>
        <source>genesis (key 2)</source>
        <translation>创世文件（键 2）</translation>
    </message>
    <message>
        <source>the package is of chain %1, not of the chain %2 you trust</source>
        <translation>该证据包属于链 %1，而不是您信任的链 %2</translation>
    </message>
    <message>
        <source>anchor (key 4)</source>
        <translation>锚定区块（键 4）</translation>
    </message>
    <message>
        <source>the anchor header belongs to chain %1</source>
        <translation>锚定区块头属于链 %1</translation>
    </message>
    <message>
        <source>a header at the anchor&apos;s height must be the anchor, with an empty proof</source>
        <translation>锚定高度上的区块头必须就是锚定区块，且证明为空</translation>
    </message>
    <message>
        <source>header %1 is above the anchor (%2)</source>
        <translation>区块头 %1 高于锚定区块（%2）</translation>
    </message>
    <message>
        <source>transitions must be in increasing height, each once</source>
        <translation>验证人变更必须按高度递增排列，且各出现一次</translation>
    </message>
    <message>
        <source>the new set is not the one header %1 announces</source>
        <translation>新的验证人集合不是区块头 %1 所宣告的集合</translation>
    </message>
    <message>
        <source>block %1 belongs to chain %2</source>
        <translation>区块 %1 属于链 %2</translation>
    </message>
    <message>
        <source>blocks must be in increasing height, each once</source>
        <translation>区块必须按高度递增排列，且各出现一次</translation>
    </message>
    <message>
        <source>block %1 is not in key 5</source>
        <translation>区块 %1 不在键 5 中</translation>
    </message>
    <message>
        <source>records must be in ledger order, each once</source>
        <translation>记录必须按账本顺序排列，且各出现一次</translation>
    </message>
    <message>
        <source>device %1: records %2 to %3 of its sequence are not in the package</source>
        <translation>设备 %1：其序号 %2 至 %3 的记录不在证据包中</translation>
    </message>
    <message>
        <source>%1 records lie outside the window the exporter states</source>
        <translation>有 %1 条记录不在导出者声明的时间窗口内</translation>
    </message>
    <message>
        <source>an offline package cannot show that no later revocation, and no other record of the window, exists outside it</source>
        <translation>离线证据包无法证明包外不存在后来的撤销登记，也无法证明时间窗口内不存在其他记录</translation>
    </message>
    <message>
        <source>ZIP package</source>
        <translation>ZIP 证据包</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is not a safe relative path</source>
        <translation>条目“%1”不是安全的相对路径</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is a link or a special file</source>
        <translation>条目“%1”是链接或特殊文件</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; is not inside the bag&apos;s folder</source>
        <translation>条目“%1”不在包的文件夹内</translation>
    </message>
    <message>
        <source>a package holds one top-level folder, not &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>证据包只能有一个顶层文件夹，而不是“%1”和“%2”</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot;: %2</source>
        <translation>条目“%1”：%2</translation>
    </message>
    <message>
        <source>it unpacks to more than %1 bytes</source>
        <translation>解压后超过 %1 字节</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; appears twice</source>
        <translation>条目“%1”出现了两次</translation>
    </message>
    <message>
        <source>it holds no files</source>
        <translation>其中没有任何文件</translation>
    </message>
    <message>
        <source>the signing certificate is not a PEM certificate (%1)</source>
        <translation>签名证书不是 PEM 格式的证书（%1）</translation>
    </message>
    <message>
        <source>the signing key does not read as a PEM private key (%1)</source>
        <translation>签名密钥无法作为 PEM 私钥读取（%1）</translation>
    </message>
    <message>
        <source>the signing key must be ECDSA P-256 or RSA of 3072 bits or more</source>
        <translation>签名密钥必须是 ECDSA P-256 或不少于 3072 位的 RSA</translation>
    </message>
    <message>
        <source>the signing key does not belong to the certificate (%1)</source>
        <translation>签名密钥与证书不匹配（%1）</translation>
    </message>
    <message>
        <source>signing failed (%1)</source>
        <translation>签名失败（%1）</translation>
    </message>
    <message>
        <source>the signature is not DER CMS (%1)</source>
        <translation>签名不是 DER 格式的 CMS（%1）</translation>
    </message>
    <message>
        <source>no trusted root certificate to check the signature against</source>
        <translation>没有可用于检查签名的受信任根证书</translation>
    </message>
    <message>
        <source>the signature does not verify (%1)</source>
        <translation>签名验证失败（%1）</translation>
    </message>
    <message>
        <source>signing the package</source>
        <translation>为证据包签名</translation>
    </message>
    <message>
        <source>the package is signed but holds no %1 to check the signature against</source>
        <translation>证据包已签名，但其中没有用于检查签名的 %1</translation>
    </message>
    <message>
        <source>cannot make a time-stamp request (%1)</source>
        <translation>无法生成时间戳请求（%1）</translation>
    </message>
    <message>
        <source>the time-stamp is not a DER TimeStampResp (%1)</source>
        <translation>时间戳不是 DER 格式的 TimeStampResp（%1）</translation>
    </message>
    <message>
        <source>no trusted root certificate to check the time-stamp against</source>
        <translation>没有可用于检查时间戳的受信任根证书</translation>
    </message>
    <message>
        <source>the time-stamp does not verify (%1)</source>
        <translation>时间戳验证失败（%1）</translation>
    </message>
    <message>
        <source>the time-stamp answers another request</source>
        <translation>该时间戳回应的是另一个请求</translation>
    </message>
    <message>
        <source>time-stamping the package at %1</source>
        <translation>在 %1 为证据包加盖时间戳</translation>
    </message>
    <message>
        <source>the package is time-stamped but holds no %1 to check the time-stamp against</source>
        <translation>证据包附有时间戳，但其中没有用于检查时间戳的 %1</translation>
    </message>
    <message>
        <source>%1: choose a file</source>
        <translation>%1：请选择文件</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <source>choose at least one device</source>
        <translation>请至少选择一台设备</translation>
    </message>
    <message>
        <source>the window must end after it starts</source>
        <translation>时间范围的结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>give the time-stamping authority&apos;s URL</source>
        <translation>请填写时间戳机构的网址</translation>
    </message>
    <message>
        <source>choose where to save the package</source>
        <translation>请选择证据包的保存位置</translation>
    </message>
    <message>
        <source>not a PKCS#12 file (%1)</source>
        <translation>不是 PKCS#12 文件（%1）</translation>
    </message>
    <message>
        <source>the PKCS#12 passphrase is wrong, or the file is damaged (%1)</source>
        <translation>PKCS#12 口令错误，或文件已损坏（%1）</translation>
    </message>
    <message>
        <source>the PKCS#12 file does not open (%1)</source>
        <translation>无法打开 PKCS#12 文件（%1）</translation>
    </message>
    <message>
        <source>the PKCS#12 file holds no private key and certificate</source>
        <translation>PKCS#12 文件中没有私钥和证书</translation>
    </message>
    <message>
        <source>the PKCS#12 key does not export (%1)</source>
        <translation>无法导出 PKCS#12 中的密钥（%1）</translation>
    </message>
    <message>
        <source>registrations (key 7): entry %1</source>
        <translation>注册（键 7）：第 %1 项</translation>
    </message>
    <message>
        <source>records (key 6): entry %1</source>
        <translation>记录（键 6）：第 %1 项</translation>
    </message>
    <message>
        <source>this workspace was synced tip-only: it lacks the headers that prove each block against the anchor&apos;s history. Export with its node at hand (--node URL) to fetch those proofs, or sync it in full first</source>
        <translation>此工作区以仅链顶模式同步：缺少证明各区块属于锚定区块历史所需的区块头。请在可访问其节点时导出（--node URL）以获取这些证明，或先完整同步</translation>
    </message>
    <message>
        <source>the history proof of header %1 from %2</source>
        <translation>来自 %2 的区块头 %1 的历史证明</translation>
    </message>
    <message>
        <source>the exporter&apos;s certificate is not valid now (valid %1 to %2), but was when the time-stamp shows the package existed</source>
        <translation>导出者证书当前已不在有效期内（有效期 %1 至 %2），但在时间戳表明证据包存在之时有效</translation>
    </message>
    <message>
        <source>WARNING: the exporter&apos;s certificate is not valid now (valid %1 to %2) and no time-stamp shows the package was signed while it was</source>
        <translation>警告：导出者证书当前不在有效期内（有效期 %1 至 %2），且没有时间戳能证明证据包是在有效期内签名的</translation>
    </message>
    <message>
        <source>the workspace holds no fork to export</source>
        <translation>工作区中没有可导出的分叉</translation>
    </message>
    <message>
        <source>the package proves a fork at height %1: blocks %2 and %3 each carry more than two thirds of the validators&apos; signatures; validators who signed both: %4</source>
        <translation>证据包证明在高度 %1 存在分叉：区块 %2 和 %3 均获得超过三分之二验证者的签名；双重签名的验证者：%4</translation>
    </message>
    <message>
        <source>the fork lacks data/%1</source>
        <translation>分叉证据缺少 data/%1</translation>
    </message>
    <message>
        <source>data/%1</source>
        <translation>data/%1</translation>
    </message>
    <message>
        <source>data/%1 belongs to another chain</source>
        <translation>data/%1 属于另一条链</translation>
    </message>
    <message>
        <source>data/%1 is at height %2, above the anchor %3: the package cannot say who was in force there</source>
        <translation>data/%1 位于高度 %2，高于锚定区块 %3：证据包无法说明当时的验证者</translation>
    </message>
    <message>
        <source>the two headers are at heights %1 and %2, not one</source>
        <translation>两个区块头的高度分别为 %1 和 %2，并不相同</translation>
    </message>
    <message>
        <source>the two headers are the same block</source>
        <translation>两个区块头是同一个区块</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; declares %2 bytes, more than the %3 a package may hold</source>
        <translation>条目“%1”声明大小为 %2 字节，超过证据包允许的 %3 字节</translation>
    </message>
    <message>
        <source>entry &quot;%1&quot; unpacks to more than %2 times the package&apos;s %3 bytes: a ZIP bomb</source>
        <translation>条目“%1”解压后超过证据包 %3 字节的 %2 倍：ZIP 炸弹</translation>
    </message>
    <message>
        <source>%1: the connection closed before the answer&apos;s headers ended</source>
        <translation>%1：连接在应答头结束前关闭</translation>
    </message>
    <message>
        <source>the file is not a PowerProof %1</source>
        <translation>该文件不是 PowerProof 的 %1</translation>
    </message>
    <message>
        <source>the %1 has schema %2, older than this program&apos;s %3: sync it (or open it in the console) once to upgrade it</source>
        <translation>%1 的结构版本为 %2，低于本程序的 %3：请先同步一次（或在控制台中打开一次）以升级</translation>
    </message>
    <message>
        <source>device %1 is a PV system: a battery history needs a battery pack or a vehicle</source>
        <translation>设备 %1 是光伏系统：电池历史需要电池包或车辆</translation>
    </message>
    <message>
        <source>parameter %1: %2</source>
        <translation>参数 %1：%2</translation>
    </message>
    <message>
        <source>parameter %1: %2 is outside %3 … %4</source>
        <translation>参数 %1：%2 超出 %3 … %4 的范围</translation>
    </message>
    <message>
        <source>valuation parameters: not a JSON object (%1)</source>
        <translation>估值参数：不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation>资产 %1</translation>
    </message>
    <message>
        <source>stored record %1/%2</source>
        <translation>已存储的记录 %1/%2</translation>
    </message>
    <message>
        <source>unknown information unit 0x%2 at byte %1</source>
        <translation>第 %1 字节处的信息类型 0x%2 未知</translation>
    </message>
    <message>
        <source>sample %1 must be a byte string</source>
        <translation>样本 %1 必须是字节串</translation>
    </message>
    <message>
        <source>must be 104 bytes (models 101-103) or 124 (models 111-113), not %1</source>
        <translation>应为 104 字节（模型 101-103）或 124 字节（模型 111-113），而不是 %1 字节</translation>
    </message>
    <message>
        <source>model %1 of 124 bytes is not an inverter model 111-113</source>
        <translation>124 字节的模型 %1 不是逆变器模型 111-113</translation>
    </message>
    <message>
        <source>model %1 of 104 bytes is not an inverter model 101-103</source>
        <translation>104 字节的模型 %1 不是逆变器模型 101-103</translation>
    </message>
    <message>
        <source>model %1 has length %2, not %3</source>
        <translation>模型 %1 的长度为 %2，而不是 %3</translation>
    </message>
    <message>
        <source>terminal signature</source>
        <translation>终端签名</translation>
    </message>
    <message>
        <source>the frame key is not a SubjectPublicKeyInfo (DER)</source>
        <translation>帧密钥不是 SubjectPublicKeyInfo（DER）</translation>
    </message>
    <message>
        <source>unreadable SM2 point</source>
        <translation>无法读取的 SM2 点</translation>
    </message>
    <message>
        <source>an RSA frame key of %1 bits: at least %2 are needed</source>
        <translation>RSA 帧密钥为 %1 位：至少需要 %2 位</translation>
    </message>
    <message>
        <source>a frame key must be SM2 or RSA</source>
        <translation>帧密钥必须是 SM2 或 RSA</translation>
    </message>
    <message>
        <source>an ECC signature: the 2025 edition names no curve or hash for it</source>
        <translation>ECC 签名：2025 版未规定其曲线或哈希算法</translation>
    </message>
    <message>
        <source>signed with algorithm %1, but the registered frame key is %2</source>
        <translation>使用算法 %1 签名，但登记的帧密钥是 %2</translation>
    </message>
    <message>
        <source>r or s is longer than 32 bytes</source>
        <translation>r 或 s 超过 32 字节</translation>
    </message>
    <message>
        <source>the RSA signature does not verify with the registered frame key</source>
        <translation>RSA 签名无法用登记的帧密钥验证</translation>
    </message>
    <message>
        <source>bytes after the terminal&apos;s signature at byte %1: a signature is the last unit</source>
        <translation>第 %1 字节处终端签名之后还有字节：签名必须是最后一个信息单元</translation>
    </message>
    <message>
        <source>does not start with ## (2016) or $$ (2025) at byte %1</source>
        <translation>第 %1 字节处不是以 ##（2016 版）或 $$（2025 版）开头</translation>
    </message>
    <message>
        <source>meta frame_key is not a byte string</source>
        <translation>元数据 frame_key 不是字节串</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>注册</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>The record&apos;s Merkle proof does not lead to its block&apos;s records root: the node served a record that is not in the block. It was refused.</source>
        <translation>记录的 Merkle 证明无法通向其区块的记录根：节点提供了一条不在该区块中的记录。已拒绝。</translation>
    </message>
    <message>
        <source>The signature does not verify with the key registered for the device at that point of the ledger. The record was refused.</source>
        <translation>签名无法用账本该位置上为此设备登记的密钥验证。记录已被拒绝。</translation>
    </message>
    <message>
        <source>The record&apos;s block header could not be tied to the verified chain. The record was refused.</source>
        <translation>记录所在的区块头无法关联到已验证的链。记录已被拒绝。</translation>
    </message>
    <message>
        <source>No verified registration speaks for this device at that point of the ledger. The record was refused.</source>
        <translation>在账本该位置上没有为此设备生效的已验证登记。记录已被拒绝。</translation>
    </message>
    <message>
        <source>The device&apos;s registration had been revoked when this record was written. The record was refused.</source>
        <translation>写入此记录时设备的登记已被撤销。记录已被拒绝。</translation>
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
        <source>The record&apos;s time is earlier than the device&apos;s previous record: its clock went backwards or the data was back-dated.</source>
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
    <message>
        <source>packet %1</source>
        <translation>数据包 %1</translation>
    </message>
    <message>
        <source>sample %1</source>
        <translation>样本 %1</translation>
    </message>
    <message>
        <source>packet %1 (and %2 more in this record)</source>
        <translation>数据包 %1（本记录中另有 %2 个）</translation>
    </message>
    <message>
        <source>sample %1 (and %2 more in this record)</source>
        <translation>样本 %1（本记录中另有 %2 个）</translation>
    </message>
    <message>
        <source>AC power %1 kW exceeds the %2 kW AC rating</source>
        <translation>交流功率 %1 kW 超过 %2 kW 的交流额定功率</translation>
    </message>
    <message>
        <source>the lifetime energy register went back from %1 to %2 kWh</source>
        <translation>累计发电量寄存器从 %1 kWh 回退到 %2 kWh</translation>
    </message>
    <message>
        <source>%1 kWh in %2 min, more than the %3 kW AC rating allows (%4 kWh)</source>
        <translation>%2 分钟内发电 %1 kWh，超过 %3 kW 交流额定功率所允许的 %4 kWh</translation>
    </message>
    <message>
        <source>%1 kW generated with the sun %2° below the horizon at the site</source>
        <translation>太阳位于站点地平线以下 %2° 时仍发电 %1 kW</translation>
    </message>
    <message>
        <source>the cycle counter went back from %1 to %2</source>
        <translation>循环次数计数器从 %1 回退到 %2</translation>
    </message>
    <message>
        <source>state of health rose from %1 % to %2 %, more than a BMS re-estimate moves it</source>
        <translation>健康度（SoH）从 %1 % 升至 %2 %，超出 BMS 重新估算的变化幅度</translation>
    </message>
    <message>
        <source>cell temperatures %1 to %2 °C are outside the physical range</source>
        <translation>电芯温度 %1 至 %2 °C 超出物理范围</translation>
    </message>
    <message>
        <source>the odometer went back from %1 km to %2 km</source>
        <translation>累计里程从 %1 km 回退到 %2 km</translation>
    </message>
    <message>
        <source>moved %1 km in %2 s (%3 km/h), faster than a van can drive</source>
        <translation>%2 秒内移动 %1 km（%3 km/h），超过货车可能的行驶速度</translation>
    </message>
    <message>
        <source>battery temperature %1 °C is outside the physical range</source>
        <translation>电池温度 %1 °C 超出物理范围</translation>
    </message>
    <message>
        <source>seq %1 again after seq %2</source>
        <translation>序号 %1 出现在序号 %2 之后（重复）</translation>
    </message>
    <message>
        <source>seq %1 follows seq %2: %3 records missing</source>
        <translation>序号 %1 紧接序号 %2：缺少 %3 条记录</translation>
    </message>
    <message>
        <source>the device&apos;s first record has seq %1: %2 records before it are missing</source>
        <translation>设备的第一条记录序号为 %1：其前缺少 %2 条记录</translation>
    </message>
    <message>
        <source>time %1 is before the previous record&apos;s %2</source>
        <translation>时间 %1 早于上一条记录的时间 %2</translation>
    </message>
    <message>
        <source>The entry, or one sample of it, does not decode as the protocol requires. An entry that does not decode was refused; a sample that does not decode is left out, and the rest of its record stands.</source>
        <translation>该条目或其中某个采样无法按协议要求解码。无法解码的条目已被拒绝；无法解码的采样不计入，记录的其余部分仍然有效。</translation>
    </message>
    <message>
        <source>sample %1 of %2: %3</source>
        <translation>第 %1 个采样（共 %2 个）：%3</translation>
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
    <name>Text</name>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
</context>
<context>
    <name>Valuation</name>
    <message>
        <source>no asking price given</source>
        <translation>未给出报价</translation>
    </message>
    <message>
        <source>the cash flows never change sign</source>
        <translation>现金流始终不变号</translation>
    </message>
    <message>
        <source>no rate between −99 % and 1000 % returns the price</source>
        <translation>在 −99 % 到 1000 % 之间没有能回收该价格的收益率</translation>
    </message>
    <message>
        <source>year-on-year degradation needs two years of verified data</source>
        <translation>同比衰减需要两年的已验证数据</translation>
    </message>
    <message>
        <source>%1 negative events</source>
        <translation>%1 个不良事件</translation>
    </message>
    <message>
        <source>%1 % of the time above 45 °C</source>
        <translation>%1 % 的时间高于 45 °C</translation>
    </message>
    <message>
        <source>%1 h of charging below 0 °C</source>
        <translation>低于 0 °C 充电 %1 小时</translation>
    </message>
    <message>
        <source>no verified energy register values</source>
        <translation>没有已验证的电能寄存器读数</translation>
    </message>
    <message>
        <source>no verified samples</source>
        <translation>没有已验证的采样</translation>
    </message>
</context>
<context>
    <name>Witness</name>
    <message>
        <source>serves a header at height %1 that differs from the verified one without a valid commit</source>
        <translation>在高度 %1 提供与已验证区块头不同的区块头，且没有有效的提交</translation>
    </message>
    <message>
        <source>conflicting header at height %1 signed by a quorum; no validator is named as signing both</source>
        <translation>高度 %1 的冲突区块头已获法定多数签名；无法指明同时签署两者的验证者</translation>
    </message>
    <message>
        <source>conflicting header at height %1 signed by a quorum; validators who signed both: %2</source>
        <translation>高度 %1 的冲突区块头已获法定多数签名；同时签署两者的验证者：%2</translation>
    </message>
    <message>
        <source>it serves chain %1</source>
        <translation>它提供的是链 %1</translation>
    </message>
    <message>
        <source>agrees at height %1</source>
        <translation>在高度 %1 一致</translation>
    </message>
    <message>
        <source>at height %1, in the verified history</source>
        <translation>位于高度 %1，在已验证的历史中</translation>
    </message>
    <message>
        <source>answers with what does not verify or decode</source>
        <translation>返回的内容无法验证或解码</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>PowerProof console: verified operating data of PV stations, battery packs and electric vehicles, from a permissioned blockchain.</source>
        <translation>PowerProof 控制台：来自许可链、经过核验的光伏电站、电池包和电动车辆运行数据。</translation>
    </message>
    <message>
        <source>Open the workspace FILE.</source>
        <translation>打开工作区 FILE。</translation>
    </message>
    <message>
        <source>Sync it from the node at URL.</source>
        <translation>从 URL 处的节点同步该工作区。</translation>
    </message>
    <message>
        <source>A witness node to cross-check (repeatable).</source>
        <translation>用于交叉核对的见证节点（可重复）。</translation>
    </message>
    <message>
        <source>The chain id you trust (64 hex digits).</source>
        <translation>您信任的链 ID（64 位十六进制）。</translation>
    </message>
    <message>
        <source>Start the local demo network.</source>
        <translation>启动本地演示网络。</translation>
    </message>
    <message>
        <source>Where the demo network lives.</source>
        <translation>演示网络所在的文件夹。</translation>
    </message>
    <message>
        <source>en or zh_CN, for this run.</source>
        <translation>本次运行使用的语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Save a PNG of each view into DIR, then quit.</source>
        <translation>将每个视图保存为 PNG 到 DIR，然后退出。</translation>
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
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>导出证据…</translation>
    </message>
    <message>
        <source>A package of this asset&apos;s records over the time its charts show (zoom a chart to choose), with their proofs</source>
        <translation>该资产在图表所示时间范围内的记录及其证明打包导出（缩放图表即可选择范围）</translation>
    </message>
    <message>
        <source>%1, as shown in the console</source>
        <translation>%1（控制台中所示范围）</translation>
    </message>
    <message>
        <source>Battery history…</source>
        <translation>电池历史…</translation>
    </message>
    <message>
        <source>What this battery went through: cycles, depth of discharge, heat and cold, state of health and its projection</source>
        <translation>该电池的使用经历：循环、放电深度、高温与低温、健康状态及其预测</translation>
    </message>
    <message>
        <source>Valuation…</source>
        <translation>估值…</translation>
    </message>
    <message>
        <source>What this asset is worth on its verified data: cash flows, P50/P90, settlement, or second-life value</source>
        <translation>依据已验证数据，该资产价值几何：现金流、P50/P90、结算，或梯次利用价值</translation>
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
        <source>Loading the verified records of %1…</source>
        <translation>正在加载 %1 的已验证记录…</translation>
    </message>
</context>
<context>
    <name>pp::ui::BatteriesView</name>
    <message>
        <source>Every battery pack and van, riskiest first. The risk score (0–100) is the sum of the parts beside it, each from verified samples only; hover a column for what it scores.</source>
        <translation>所有电池包和车辆按风险从高到低排列。风险分（0–100）为其右侧各分项之和，均仅来自已验证的采样；将鼠标停在列上可查看其评分内容。</translation>
    </message>
    <message>
        <source>Search battery name or class</source>
        <translation>搜索电池名称或类别</translation>
    </message>
    <message>
        <source>Search batteries</source>
        <translation>搜索电池</translation>
    </message>
    <message>
        <source>Rank again</source>
        <translation>重新排名</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Batteries by risk</source>
        <translation>按风险排列的电池</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a battery&apos;s history.</source>
        <translation>双击或按回车键打开电池历史。</translation>
    </message>
    <message>
        <source>Export the ranking as CSV</source>
        <translation>将排名导出为 CSV</translation>
    </message>
    <message>
        <source>battery-risk.csv</source>
        <translation>电池风险.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Ranking every battery pack and van from its verified samples…</source>
        <translation>正在根据已验证采样为所有电池包和车辆排名…</translation>
    </message>
    <message>
        <source>Computing the battery&apos;s history from its verified samples…</source>
        <translation>正在根据已验证采样计算电池历史…</translation>
    </message>
    <message>
        <source>Save the battery history report</source>
        <translation>保存电池历史报告</translation>
    </message>
    <message>
        <source>%1 history.pdf</source>
        <translation>%1 历史.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save the battery passport data</source>
        <translation>保存电池护照数据</translation>
    </message>
    <message>
        <source>%1 passport.json</source>
        <translation>%1 护照.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>pp::ui::BatteryFleetModel</name>
    <message>
        <source>The BMS reports a better state of health than its own currents show</source>
        <translation>BMS 上报的健康状态高于其自身电流所示</translation>
    </message>
    <message>
        <source>0–100: the sum of the parts to its right (docs/battery-history.md)</source>
        <translation>0–100：其右侧各分项之和（见 docs/battery-history.md）</translation>
    </message>
    <message>
        <source>Up to 30 points: a BMS reporting a better SoH than its currents show</source>
        <translation>最高 30 分：BMS 上报的 SoH 高于其电流所示</translation>
    </message>
    <message>
        <source>Up to 20 points: time above 45 °C and charging below 0 °C</source>
        <translation>最高 20 分：高于 45 °C 的时间及低于 0 °C 的充电</translation>
    </message>
    <message>
        <source>Up to 10 points: over-temperature, cell voltage, deep discharge, faults, counter rollbacks a month</source>
        <translation>最高 10 分：每月过温、单体电压、深度放电、故障、计数回退事件数</translation>
    </message>
    <message>
        <source>Up to 10 points: the share of cycles of 80 points or more</source>
        <translation>最高 10 分：深度达 80 个百分点及以上的循环占比</translation>
    </message>
    <message>
        <source>Up to 10 points: the largest charge rate, 0.5 C to 2 C</source>
        <translation>最高 10 分：最大充电倍率，0.5C 至 2C</translation>
    </message>
    <message>
        <source>Up to 10 points: the share of charge above 1 C</source>
        <translation>最高 10 分：1C 以上充电占比</translation>
    </message>
    <message>
        <source>Up to 10 points: the share of the window in data gaps</source>
        <translation>最高 10 分：时间范围内数据缺失的占比</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>SoH discrepancy</source>
        <translation>SoH 偏差</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Deep cycles</source>
        <translation>深循环</translation>
    </message>
    <message>
        <source>C-rate</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>Fast charge</source>
        <translation>快充</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>EFC</source>
        <translation>等效循环</translation>
    </message>
    <message>
        <source>SoH reported (%)</source>
        <translation>上报 SoH (%)</translation>
    </message>
    <message>
        <source>SoH estimated (%)</source>
        <translation>估算 SoH (%)</translation>
    </message>
</context>
<context>
    <name>pp::ui::BatteryPage</name>
    <message>
        <source>All batteries</source>
        <translation>全部电池</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>报告 (PDF)…</translation>
    </message>
    <message>
        <source>Passport data (JSON)…</source>
        <translation>护照数据 (JSON)…</translation>
    </message>
    <message>
        <source>Claim review</source>
        <translation>理赔审查</translation>
    </message>
    <message>
        <source>Incident at</source>
        <translation>事故时间</translation>
    </message>
    <message>
        <source>Incident time</source>
        <translation>事故时间</translation>
    </message>
    <message>
        <source> h before</source>
        <translation> 小时之前</translation>
    </message>
    <message>
        <source>Hours before the incident</source>
        <translation>事故前的小时数</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>全部历史</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>导出证据…</translation>
    </message>
    <message>
        <source>A package of this battery&apos;s records over the window shown, with their proofs</source>
        <translation>将该电池在所示时间范围内的记录及其证明打包导出</translation>
    </message>
    <message>
        <source>%1: battery history under review</source>
        <translation>%1：审查中的电池历史</translation>
    </message>
    <message>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Record (block · index)</source>
        <translation>记录（区块 · 序号）</translation>
    </message>
    <message>
        <source>Negative events</source>
        <translation>不良事件</translation>
    </message>
    <message>
        <source>Battery history: %1</source>
        <translation>电池历史：%1</translation>
    </message>
    <message>
        <source>Verified against chain %1 at block %2 (%3). Window %4 – %5.</source>
        <translation>已按链 %1 在区块 %2（%3）验证。时间范围 %4 – %5。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No verified samples in this window.&lt;/b&gt; Nothing to report.</source>
        <translation>&lt;b&gt;该时间范围内没有已验证的采样。&lt;/b&gt;无可报告内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n verified sample(s)</source>
        <translation>
            <numerusform>%n 个已验证采样</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>%1 from %2 records; left out: %3 rejected, %4 implausible</source>
        <translation>%1，来自 %2 条记录；未计入：%3 条被拒，%4 条不合理</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Equivalent full cycles</source>
        <translation>等效全循环次数</translation>
    </message>
    <message>
        <source>against %1 Ah (%2)</source>
        <translation>以 %1 Ah 计（%2）</translation>
    </message>
    <message>
        <source>Largest C-rate, charge / discharge</source>
        <translation>最大倍率（充/放）</translation>
    </message>
    <message>
        <source>%1 % of the charge above 1 C</source>
        <translation>%1 % 的充电高于 1C</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>%1 min above 45 °C · %2 min below 0 °C (%3 charging)</source>
        <translation>高于 45 °C %1 分钟 · 低于 0 °C %2 分钟（充电中 %3）</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) with a temperature</source>
        <translation>
            <numerusform>%n 个含温度的采样</numerusform>
        </translation>
    </message>
    <message>
        <source>State of health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>reported %1 · estimated %2</source>
        <translation>上报 %1 · 估算 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n charge/discharge segment(s)</source>
        <translation>
            <numerusform>%n 个充放电区段</numerusform>
        </translation>
    </message>
    <message>
        <source>The BMS reports a better state of health than its own currents show, since %1.</source>
        <translation>自 %1 起，BMS 上报的健康状态高于其自身电流所示。</translation>
    </message>
    <message>
        <source>beyond 50 years</source>
        <translation>50 年以上</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>%1 days (%2–%3)</source>
        <translation>%1 天（%2–%3）</translation>
    </message>
    <message>
        <source>Remaining life to 80 % / 70 % SoH</source>
        <translation>至 80% / 70% SoH 的剩余寿命</translation>
    </message>
    <message>
        <source>no projection</source>
        <translation>无预测</translation>
    </message>
    <message numerus="yes">
        <source>fitted to %n value(s)</source>
        <translation>
            <numerusform>拟合 %n 个数据</numerusform>
        </translation>
    </message>
    <message>
        <source>cells not checked: no known chemistry</source>
        <translation>未检查单体：化学体系未知</translation>
    </message>
    <message>
        <source>cell limits of %1</source>
        <translation>%1 的单体限值</translation>
    </message>
    <message>
        <source>Depth of discharge (rainflow cycles by SoC range from, %)</source>
        <translation>放电深度（按 SoC 区间起点的雨流循环数，%）</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Time at temperature (hours by 5 °C bin from, highest cell)</source>
        <translation>各温度区间时长（按 5 °C 分档起点的小时数，最高单体）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Estimated from its currents</source>
        <translation>按电流估算</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Projection − 2 RMSE</source>
        <translation>预测 − 2 RMSE</translation>
    </message>
    <message>
        <source>Projection + 2 RMSE</source>
        <translation>预测 + 2 RMSE</translation>
    </message>
    <message>
        <source>No state of health reported or estimated</source>
        <translation>没有上报或估算的健康状态</translation>
    </message>
    <message>
        <source>Cumulative equivalent full cycles</source>
        <translation>累计等效全循环次数</translation>
    </message>
    <message>
        <source>EFC</source>
        <translation>等效循环</translation>
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
    <name>pp::ui::EvidenceExportFlow</name>
    <message>
        <source>Export evidence package</source>
        <translation>导出证据包</translation>
    </message>
    <message>
        <source>An export is running. Wait for it, or cancel it, first.</source>
        <translation>已有导出正在进行。请等待其完成，或先取消。</translation>
    </message>
    <message>
        <source>Exporting the evidence package…</source>
        <translation>正在导出证据包…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 records of %2 blocks, proven against block %3, signed.</source>
        <translation>%2 个区块中的 %1 条记录，已对区块 %3 证明，已签名。</translation>
    </message>
    <message>
        <source>%1 records of %2 blocks, proven against block %3, unsigned.</source>
        <translation>%2 个区块中的 %1 条记录，已对区块 %3 证明，未签名。</translation>
    </message>
    <message>
        <source>Open the folder that holds it?</source>
        <translation>打开其所在文件夹？</translation>
    </message>
    <message>
        <source>Evidence package written</source>
        <translation>证据包已写入</translation>
    </message>
</context>
<context>
    <name>pp::ui::EvidenceView</name>
    <message>
        <source>ZIP: one top folder, safe paths, no links</source>
        <translation>ZIP：唯一顶层目录、路径安全、无链接</translation>
    </message>
    <message>
        <source>Bag: the manifests list every file, with its checksums</source>
        <translation>Bag：清单列出每个文件及其校验和</translation>
    </message>
    <message>
        <source>Genesis matches the chain id; the anchor block</source>
        <translation>创世文件与链标识一致；锚定区块</translation>
    </message>
    <message>
        <source>Every validator change up to the anchor, signed by the validators before it</source>
        <translation>锚定区块之前的每次验证者变更均由变更前的验证者签署</translation>
    </message>
    <message>
        <source>Every block is in the anchor&apos;s history</source>
        <translation>每个区块都在锚定区块的历史中</translation>
    </message>
    <message>
        <source>Registrations signed by a registrar of genesis</source>
        <translation>设备注册由创世注册方签署</translation>
    </message>
    <message>
        <source>Every record is in its block and signed by its device&apos;s key in force</source>
        <translation>每条记录都在其区块中，并由设备当时有效的密钥签名</translation>
    </message>
    <message>
        <source>bag-info.txt says what the document proves</source>
        <translation>bag-info.txt 与文档所证明的内容一致</translation>
    </message>
    <message>
        <source>The exporter&apos;s signature (CMS)</source>
        <translation>导出者签名（CMS）</translation>
    </message>
    <message>
        <source>The time-stamp (RFC 3161)</source>
        <translation>时间戳（RFC 3161）</translation>
    </message>
    <message>
        <source>Evidence package</source>
        <translation>证据包</translation>
    </message>
    <message>
        <source>Open package…</source>
        <translation>打开证据包…</translation>
    </message>
    <message>
        <source>Chain id you trust (64 hex digits; from the operator or your regulator)</source>
        <translation>您信任的链标识（64 位十六进制；向运营方或监管机构获取）</translation>
    </message>
    <message>
        <source>Trusted chain id</source>
        <translation>受信任的链标识</translation>
    </message>
    <message>
        <source>No package open.</source>
        <translation>尚未打开证据包。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>证据包</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Records in the package</source>
        <translation>包内记录</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>What it cannot prove</source>
        <translation>无法证明的内容</translation>
    </message>
    <message>
        <source>Open evidence package</source>
        <translation>打开证据包</translation>
    </message>
    <message>
        <source>Evidence packages (*.zip)</source>
        <translation>证据包 (*.zip)</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;The chain id must be 64 hex digits.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#b3261e&apos;&gt;链标识必须是 64 位十六进制数字。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ 通过</translation>
    </message>
    <message>
        <source>— the package is not signed</source>
        <translation>— 证据包未签名</translation>
    </message>
    <message>
        <source>— the package is not time-stamped</source>
        <translation>— 证据包没有时间戳</translation>
    </message>
    <message>
        <source>✘ failed: %1</source>
        <translation>✘ 未通过：%1</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;✘ Does not verify.&lt;/b&gt; %1</source>
        <translation>&lt;b style=&apos;color:#b3261e&apos;&gt;✘ 验证未通过。&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1b7f3b&apos;&gt;✔ Verified&lt;/b&gt; against the chain id you gave: %1 records of %2 device(s).</source>
        <translation>&lt;b style=&apos;color:#1b7f3b&apos;&gt;✔ 已验证&lt;/b&gt;（依据您提供的链标识）：%2 台设备的 %1 条记录。</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1b7f3b&apos;&gt;✔ Verified&lt;/b&gt; against the chain id the package claims. &lt;b&gt;COMPARE %1 WITH A CHAIN ID YOU TRUST&lt;/b&gt; (from the operator or your regulator): a forger can make a whole chain of their own.</source>
        <translation>&lt;b style=&apos;color:#1b7f3b&apos;&gt;✔ 已验证&lt;/b&gt;（依据证据包自称的链标识）。&lt;b&gt;请务必将 %1 与您信任的链标识核对&lt;/b&gt;（向运营方或监管机构获取）：伪造者可以自建一整条链。</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Anchor block</source>
        <translation>锚定区块</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>%1 records, %2 registrations, %3 validator changes</source>
        <translation>%1 条记录，%2 条注册，%3 次验证者变更</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出时间</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1，使用 %2</translation>
    </message>
    <message>
        <source>Window asked for</source>
        <translation>请求的时间范围</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>the anchor</source>
        <translation>锚定区块</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名者</translation>
    </message>
    <message>
        <source>%1
issued by %2
root certificate SHA-256 %3</source>
        <translation>%1
签发者 %2
根证书 SHA-256 %3</translation>
    </message>
    <message>
        <source>nobody: the package is unsigned, so it does not show who made it</source>
        <translation>无：证据包未签名，无法表明由谁制作</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，由 %2 签发</translation>
    </message>
    <message>
        <source>none: the package does not show when it was made</source>
        <translation>无：证据包无法表明制作时间</translation>
    </message>
    <message>
        <source>%1 records, %2 samples</source>
        <translation>%1 条记录，%2 个采样</translation>
    </message>
</context>
<context>
    <name>pp::ui::ExportEvidenceDialog</name>
    <message>
        <source>Export evidence package</source>
        <translation>导出证据包</translation>
    </message>
    <message>
        <source>A package that a regulator, court or claims handler verifies offline with standard tools: the records with their proofs to the chain, a report and the how-to-verify notes in English and Chinese.</source>
        <translation>监管机构、法院或理赔人员可用标准工具离线验证的证据包：包含记录及其上链证明、报告，以及中英文验证说明。</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Every verified record of the devices</source>
        <translation>这些设备的全部已验证记录</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时间范围</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>UTC+8</source>
        <translation>UTC+8</translation>
    </message>
    <message>
        <source>Claim or case number, what the package is for</source>
        <translation>理赔或案件编号、证据包用途</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Signed and time-stamped by</source>
        <translation>签名与时间戳</translation>
    </message>
    <message>
        <source>Unsigned (the package says so)</source>
        <translation>不签名（证据包会注明）</translation>
    </message>
    <message>
        <source>Certificate and key (PEM)</source>
        <translation>证书与私钥（PEM）</translation>
    </message>
    <message>
        <source>PKCS#12 file (.p12, .pfx)</source>
        <translation>PKCS#12 文件（.p12、.pfx）</translation>
    </message>
    <message>
        <source>Exporter&apos;s signature</source>
        <translation>导出者签名</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>Issuer chain</source>
        <translation>签发者证书链</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>PKCS#12 文件</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 文件 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Only if the key is encrypted</source>
        <translation>仅当密钥已加密时填写</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Time-stamp at</source>
        <translation>时间戳机构</translation>
    </message>
    <message>
        <source>Its root certificate</source>
        <translation>其根证书</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Evidence packages (*.zip)</source>
        <translation>证据包 (*.zip)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>证据包另存为</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>The fork&apos;s evidence: both conflicting blocks with their commits</source>
        <translation>分叉证据：两个冲突区块及其提交</translation>
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
        <source>All codes</source>
        <translation>全部代码</translation>
    </message>
    <message>
        <source>Export evidence…</source>
        <translation>导出证据…</translation>
    </message>
    <message>
        <source>A package a regulator or court verifies offline: the selected incident&apos;s records with their proofs</source>
        <translation>监管机构或法院可离线验证的证据包：所选事件的记录及其证明</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>全部发现</translation>
    </message>
    <message>
        <source>Incidents (%1)</source>
        <translation>事件（%1）</translation>
    </message>
    <message>
        <source>All findings (%1)</source>
        <translation>全部发现（%1）</translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation>发现 %1：%2</translation>
    </message>
    <message>
        <source>Incident %1: %2</source>
        <translation>事件 %1：%2</translation>
    </message>
</context>
<context>
    <name>pp::ui::IncidentTreeModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>%1 finding(s) on %2 day(s)</source>
        <translation>%2 天内 %1 条发现</translation>
    </message>
    <message>
        <source>block %1 / %2</source>
        <translation>区块 %1 / %2</translation>
    </message>
    <message>
        <source>Incident / finding</source>
        <translation>事件 / 发现</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>范围</translation>
    </message>
</context>
<context>
    <name>pp::ui::LoadingPane</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <source>%1. What was verified before stays verified; check the node&apos;s address and your connection, then sync again (F5).</source>
        <translation>%1。之前已验证的内容仍然有效；请检查节点地址和网络连接，然后重新同步（F5）。</translation>
    </message>
    <message>
        <source>The node served data that does not verify</source>
        <translation>节点提供了无法验证的数据</translation>
    </message>
    <message>
        <source>%1. None of it was stored. Sync from another node you trust, and tell the network&apos;s operator.</source>
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
    <message>
        <source>&amp;Export evidence package…</source>
        <translation>导出证据包(&amp;E)…</translation>
    </message>
    <message>
        <source>Open and &amp;verify evidence package…</source>
        <translation>打开并验证证据包(&amp;V)…</translation>
    </message>
    <message>
        <source>Cannot export evidence</source>
        <translation>无法导出证据</translation>
    </message>
    <message>
        <source>Open a workspace first: a package is made of the records it verified.</source>
        <translation>请先打开工作区：证据包由其已验证的记录构成。</translation>
    </message>
    <message>
        <source>&amp;Batteries</source>
        <translation>电池(&amp;B)</translation>
    </message>
    <message>
        <source>Batteries</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>&amp;Valuation</source>
        <translation>估值(&amp;V)</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>估值</translation>
    </message>
    <message>
        <source>&amp;Re-verify workspace…</source>
        <translation>重新核验工作区(&amp;R)…</translation>
    </message>
    <message>
        <source>Re-verifying every stored header and record…</source>
        <translation>正在重新核验每个已存储的区块头和记录…</translation>
    </message>
    <message>
        <source>Workspace re-verified</source>
        <translation>工作区已重新核验</translation>
    </message>
    <message>
        <source>The workspace was changed after it was verified</source>
        <translation>工作区在验证之后被改动过</translation>
    </message>
    <message>
        <source>%1 stored items are not what their bytes prove. Sync again into a new workspace. The first: %2</source>
        <translation>有 %1 个已存储的条目与其字节所证明的不符。请重新同步到一个新的工作区。第一个：%2</translation>
    </message>
    <message>
        <source>Every stored item is what its bytes prove: %1 headers, %2 records, %3 findings, %4 daily summaries and %5 battery summaries.</source>
        <translation>每一项存储内容都与其字节所证明的一致：%1 个区块头、%2 条记录、%3 条发现、%4 条每日汇总和 %5 条电池汇总。</translation>
    </message>
    <message>
        <source>Summarising batteries</source>
        <translation>正在汇总电池数据</translation>
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
    <message>
        <source>behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>faulty</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>%1 之前</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>%1 起</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Not synced:&lt;/b&gt; %n device(s) lack records of part of their time (%1), left out by a sync with a time window. The next sync fetches them.</source>
        <translation>
            <numerusform>&lt;b&gt;未同步：&lt;/b&gt;%n 台设备缺少部分时间的记录（%1），因同步时指定了时间窗口而未取得。下次同步会取回。</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>without %n station-day(s) of implausible data</source>
        <translation>
            <numerusform>不含 %n 个站·日的不合理数据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>without %n vehicle-day(s) of implausible data</source>
        <translation>
            <numerusform>不含 %n 个车·日的不合理数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>未处理事件</translation>
    </message>
    <message>
        <source>&lt;b&gt;No open incidents&lt;/b&gt;: the light node found nothing to act on.</source>
        <translation>&lt;b&gt;没有未处理事件&lt;/b&gt;：轻节点未发现需要处理的问题。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open incident(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n 个未处理事件&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 critical · %2 high · %3 medium</source>
        <translation>严重 %1 · 高 %2 · 中 %3</translation>
    </message>
    <message>
        <source>The chain</source>
        <translation>链</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) from %1</source>
        <translation>
            <numerusform>自 %1 起 %n 条发现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 条发现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Findings view</source>
        <translation>
            <numerusform>另有 %n 个，见“发现”视图</numerusform>
        </translation>
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
        <source>&lt;b style=&apos;color:#1b7f3b&apos;&gt;✔ Verified.&lt;/b&gt; Every check passed again from the bytes in the workspace.</source>
        <translation>&lt;b style=&apos;color:#1b7f3b&apos;&gt;✔ 已验证。&lt;/b&gt;根据工作区中的字节，所有检查再次通过。</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;✘ Not verified.&lt;/b&gt; A check failed: the stored record or its proof does not match the chain. Do not rely on this record; sync again from a trusted node.</source>
        <translation>&lt;b style=&apos;color:#b3261e&apos;&gt;✘ 未通过验证。&lt;/b&gt;有检查未通过：存储的记录或其证明与链不符。请勿依赖此记录；请从可信节点重新同步。</translation>
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
    <message>
        <source>abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
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
</context>
<context>
    <name>pp::ui::ValuationPage</name>
    <message>
        <source>CNY</source>
        <translation>元</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Discount rate ±10 %</source>
        <translation>折现率 ±10 %</translation>
    </message>
    <message>
        <source>Tariff ±10 %</source>
        <translation>电价 ±10 %</translation>
    </message>
    <message>
        <source>Degradation ±10 %</source>
        <translation>衰减率 ±10 %</translation>
    </message>
    <message>
        <source>O&amp;M cost ±10 %</source>
        <translation>运维成本 ±10 %</translation>
    </message>
    <message>
        <source>Energy P90 / P50</source>
        <translation>发电量 P90 / P50</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Cash flows CSV…</source>
        <translation>现金流 CSV…</translation>
    </message>
    <message>
        <source>Settlement CSV…</source>
        <translation>结算 CSV…</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>发电量（kWh）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>O&amp;M</source>
        <translation>运维</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净现金流</translation>
    </message>
    <message>
        <source>Debt service</source>
        <translation>还本付息</translation>
    </message>
    <message>
        <source>DSCR</source>
        <translation>偿债覆盖率</translation>
    </message>
    <message>
        <source>Net at P90</source>
        <translation>P90 净现金流</translation>
    </message>
    <message>
        <source>DSCR at P90</source>
        <translation>P90 偿债覆盖率</translation>
    </message>
    <message>
        <source>Cash flows</source>
        <translation>现金流</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Verified (kWh)</source>
        <translation>已验证（kWh）</translation>
    </message>
    <message>
        <source>Settled (kWh)</source>
        <translation>结算（kWh）</translation>
    </message>
    <message>
        <source>Left out (kWh)</source>
        <translation>未计入（kWh）</translation>
    </message>
    <message>
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>绿证</translation>
    </message>
    <message>
        <source>Carried (MWh)</source>
        <translation>结转（MWh）</translation>
    </message>
    <message>
        <source>CO₂ (t)</source>
        <translation>二氧化碳（吨）</translation>
    </message>
    <message>
        <source>Settlement and certificates</source>
        <translation>结算与绿证</translation>
    </message>
    <message>
        <source>This asset&apos;s own parameters, over the portfolio&apos;s. Defaults and their sources: docs/valuation.md.</source>
        <translation>该资产自己的参数，优先于资产组合的参数。默认值及其出处见 docs/valuation.md。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Valuation of %1</source>
        <translation>%1 的估值</translation>
    </message>
    <message>
        <source>Rests on %1 verified records · coverage %2 · anchored at block %3 (%4…) · definitions: docs/valuation.md</source>
        <translation>依据 %1 条已验证记录 · 覆盖率 %2 · 锚定于区块 %3（%4…）· 定义见 docs/valuation.md</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Insufficient data: under 30 days verified. Computed, not to be lent on.</source>
        <translation>数据不足：已验证数据少于 30 天。仅供参考，不应据此放贷。</translation>
    </message>
    <message>
        <source>Capacity (DC)</source>
        <translation>直流装机容量</translation>
    </message>
    <message>
        <source>Age · remaining life</source>
        <translation>已运行 · 剩余寿命</translation>
    </message>
    <message>
        <source>%1 years · %2 years</source>
        <translation>%1 年 · %2 年</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>%1 CNY/kWh, set by the user</source>
        <translation>%1 元/kWh，由用户设定</translation>
    </message>
    <message>
        <source>%1 CNY/kWh, the coal benchmark of %2 (%3)</source>
        <translation>%1 元/kWh，%2 燃煤发电基准价（%3）</translation>
    </message>
    <message>
        <source>Verified energy</source>
        <translation>已验证发电量</translation>
    </message>
    <message>
        <source>Left out as implausible</source>
        <translation>因不合理未计入</translation>
    </message>
    <message>
        <source>%1 on %2 days (haircut %3)</source>
        <translation>%2 天共 %1（折减 %3）</translation>
    </message>
    <message>
        <source>Window · coverage</source>
        <translation>统计期 · 覆盖率</translation>
    </message>
    <message>
        <source>%1 days · %2</source>
        <translation>%1 天 · %2</translation>
    </message>
    <message>
        <source>P50 · P90 a year</source>
        <translation>年发电量 P50 · P90</translation>
    </message>
    <message>
        <source>σ (resource, meter, coverage)</source>
        <translation>σ（资源、计量、覆盖）</translation>
    </message>
    <message>
        <source>Final yield</source>
        <translation>等效利用小时</translation>
    </message>
    <message>
        <source> kWh/kWp a year</source>
        <translation> kWh/kWp·年</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用率</translation>
    </message>
    <message>
        <source>Against a clear sky (horizontal)</source>
        <translation>与晴空（水平面）之比</translation>
    </message>
    <message>
        <source>Degradation, year on year</source>
        <translation>同比衰减</translation>
    </message>
    <message>
        <source>/year</source>
        <translation>/年</translation>
    </message>
    <message>
        <source>NPV at P50 · P90</source>
        <translation>净现值 P50 · P90</translation>
    </message>
    <message>
        <source>IRR at the asking price</source>
        <translation>按报价的内部收益率</translation>
    </message>
    <message>
        <source>Remaining LCOE</source>
        <translation>剩余平准化度电成本</translation>
    </message>
    <message>
        <source> CNY/kWh</source>
        <translation> 元/kWh</translation>
    </message>
    <message>
        <source>DSCR min · average at P50 / P90</source>
        <translation>偿债覆盖率 最低 · 平均（P50 / P90）</translation>
    </message>
    <message>
        <source>%1 green certificates (one a MWh of verified, plausible generation; %2 MWh carried into next month). CO₂ avoided: %3 t at %4 t/MWh, %5 (%6), source: %7.</source>
        <translation>%1 张绿证（已验证且合理的发电量每兆瓦时一张；%2 MWh 结转至下月）。二氧化碳减排：%3 吨，按 %4 t/MWh，%5（%6），出处：%7。</translation>
    </message>
    <message>
        <source>Nominal energy</source>
        <translation>额定电量</translation>
    </message>
    <message>
        <source>State of health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>estimated from its currents</source>
        <translation>由电流估算</translation>
    </message>
    <message>
        <source>as its BMS reports</source>
        <translation>BMS 上报值</translation>
    </message>
    <message>
        <source>Remaining energy</source>
        <translation>剩余电量</translation>
    </message>
    <message>
        <source>Days to 80 % · 70 %</source>
        <translation>距 80 % · 70 % 的天数</translation>
    </message>
    <message>
        <source>Gross second-life value</source>
        <translation>梯次利用毛价值</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>折减</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>估值</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>里程</translation>
    </message>
    <message>
        <source>%1 km on %2 active days (%3 km a day)</source>
        <translation>%2 个行驶日共 %1 km（每天 %3 km）</translation>
    </message>
    <message>
        <source>Consumption</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source> kWh/100 km</source>
        <translation> kWh/百公里</translation>
    </message>
    <message>
        <source>Lease cover ratio</source>
        <translation>租金覆盖率</translation>
    </message>
    <message>
        <source>set a revenue per km and a lease payment to see it</source>
        <translation>设定每公里收入与租金后显示</translation>
    </message>
    <message>
        <source>Change in NPV from %1</source>
        <translation>净现值相对 %1 的变化</translation>
    </message>
    <message>
        <source>input −10 % (energy: P90)</source>
        <translation>输入 −10 %（发电量：P90）</translation>
    </message>
    <message>
        <source>input +10 % (energy: P50)</source>
        <translation>输入 +10 %（发电量：P50）</translation>
    </message>
    <message>
        <source>million CNY</source>
        <translation>百万元</translation>
    </message>
    <message>
        <source>thousand CNY</source>
        <translation>千元</translation>
    </message>
</context>
<context>
    <name>pp::ui::ValuationParametersForm</name>
    <message>
        <source> CNY/kWh</source>
        <translation> 元/kWh</translation>
    </message>
    <message>
        <source>province benchmark</source>
        <translation>本省基准价</translation>
    </message>
    <message>
        <source> %/year</source>
        <translation> %/年</translation>
    </message>
    <message>
        <source> CNY/kW·year</source>
        <translation> 元/kW·年</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source> CNY</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no loan</source>
        <translation>无贷款</translation>
    </message>
    <message>
        <source>Discount rate</source>
        <translation>折现率</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Degradation</source>
        <translation>衰减率</translation>
    </message>
    <message>
        <source>O&amp;M cost</source>
        <translation>运维成本</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>寿命</translation>
    </message>
    <message>
        <source>Asking price</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Loan principal</source>
        <translation>贷款本金</translation>
    </message>
    <message>
        <source>Loan rate</source>
        <translation>贷款利率</translation>
    </message>
    <message>
        <source>Loan term</source>
        <translation>贷款期限</translation>
    </message>
    <message>
        <source>Emission factor</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <source>Second-life price</source>
        <translation>梯次利用价格</translation>
    </message>
    <message>
        <source>Refurbishment</source>
        <translation>翻新成本</translation>
    </message>
    <message>
        <source>Apply and recompute</source>
        <translation>应用并重新计算</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
</context>
<context>
    <name>pp::ui::ValuationTableModel</name>
    <message>
        <source>insufficient data (under 30 days)</source>
        <translation>数据不足（少于 30 天）</translation>
    </message>
    <message>
        <source>PV: net present value of the remaining life at P50. Batteries: second-life value after haircuts (docs/valuation.md)</source>
        <translation>光伏：P50 下剩余寿命的净现值。电池：折减后的梯次利用价值（docs/valuation.md）</translation>
    </message>
    <message>
        <source>A year&apos;s energy: the plausible verified energy of the latest 365 days over their coverage</source>
        <translation>一年发电量：最近 365 天已验证且合理的发电量除以其覆盖率</translation>
    </message>
    <message>
        <source>P50 × (1 − 1.2816 σ): exceeded nine years in ten</source>
        <translation>P50 × (1 − 1.2816 σ)：十年中有九年能达到</translation>
    </message>
    <message>
        <source>The lowest debt service cover ratio over the loan&apos;s years at P90</source>
        <translation>贷款期内 P90 下的最低偿债覆盖率</translation>
    </message>
    <message>
        <source>The share of the window that verified, plausible data covers</source>
        <translation>统计期内已验证且合理的数据所覆盖的比例</translation>
    </message>
    <message>
        <source>PV: the share of verified energy left out as implausible. Batteries: the haircut for negative events, heat and cold charging</source>
        <translation>光伏：因不合理而未计入的已验证电量所占比例。电池：因不良事件、高温和低温充电的折减</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Value (CNY)</source>
        <translation>估值（元）</translation>
    </message>
    <message>
        <source>P50 (MWh/a)</source>
        <translation>P50（MWh/年）</translation>
    </message>
    <message>
        <source>P90 (MWh/a)</source>
        <translation>P90（MWh/年）</translation>
    </message>
    <message>
        <source>Min DSCR P90</source>
        <translation>P90 最低偿债覆盖率</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Haircut</source>
        <translation>折减</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>pp::ui::ValuationView</name>
    <message>
        <source>Every asset valued on what the chain proves: PV stations by the net present value of their verified generation, batteries and vans by their second-life value. Implausible data is left out and the haircut it causes is shown.</source>
        <translation>每项资产都按链上证明的数据估值：光伏电站按已验证发电量的净现值，电池与车辆按梯次利用价值。不合理的数据不计入，并列出由此产生的折减。</translation>
    </message>
    <message>
        <source>Portfolio parameters</source>
        <translation>资产组合参数</translation>
    </message>
    <message>
        <source>Search asset name or class</source>
        <translation>搜索资产名称或类别</translation>
    </message>
    <message>
        <source>Search valuations</source>
        <translation>搜索估值</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>报告 PDF…</translation>
    </message>
    <message>
        <source>Assets by value</source>
        <translation>按估值排列的资产</translation>
    </message>
    <message>
        <source>%1 assets valued at %2 CNY in all; PV energy a year: P50 %3, P90 %4. Anchored at block %5.</source>
        <translation>%1 项资产，总估值 %2 元；光伏年发电量：P50 %3，P90 %4。锚定于区块 %5。</translation>
    </message>
    <message>
        <source>Valuing every asset from its verified data…</source>
        <translation>正在依据已验证数据为每项资产估值…</translation>
    </message>
    <message>
        <source>Recomputing with the new parameters…</source>
        <translation>正在按新参数重新计算…</translation>
    </message>
    <message>
        <source>valuation.pdf</source>
        <translation>估值.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>valuation.json</source>
        <translation>估值.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>valuation.csv</source>
        <translation>估值.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>cash flows.csv</source>
        <translation>现金流.csv</translation>
    </message>
    <message>
        <source>settlement.csv</source>
        <translation>结算.csv</translation>
    </message>
    <message>
        <source>Save the valuation</source>
        <translation>保存估值</translation>
    </message>
</context>
<context>
    <name>pp::ui::WelcomePage</name>
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
        <source>64 hex digits, from the network&apos;s operator</source>
        <translation>64 位十六进制，由网络运营方提供</translation>
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
        <source>The chain id must be 64 hex digits: it is what you trust, so get it from the network&apos;s operator, not from the node.</source>
        <translation>链 ID 必须是 64 位十六进制：它是您信任的依据，请从网络运营方获取，而不是从节点获取。</translation>
    </message>
    <message>
        <source>Check the operating data of PV stations, battery packs and electric vehicles yourself: every record is verified on this computer against a validator-signed chain.</source>
        <translation>亲自核验光伏电站、电池包和电动车辆的运行数据：每条记录都在这台电脑上依据验证者签名的链完成核验。</translation>
    </message>
    <message>
        <source>New here? Start with the demo network</source>
        <translation>初次使用？从演示网络开始</translation>
    </message>
    <message>
        <source>Creates a network on this computer with 20 PV stations, 60 battery packs and 10 delivery vans and a year of their signed data (a few of the devices dishonest), runs a node for it, and verifies every record. The first start takes about three minutes; after that it opens in seconds. Nothing leaves this computer.</source>
        <translation>在这台电脑上创建一个网络，包含 20 座光伏电站、60 个电池包和 10 辆配送车一整年的签名数据（其中少数设备不诚实），为它运行一个节点，并核验每一条记录。首次启动约需三分钟，之后几秒即可打开。所有数据都不会离开这台电脑。</translation>
    </message>
    <message>
        <source>Optional, one URL a line: nodes run by others, to catch forks</source>
        <translation>可选，每行一个 URL：由他人运行的节点，用于发现分叉</translation>
    </message>
    <message>
        <source>TLS and workspace file</source>
        <translation>TLS 与工作区文件</translation>
    </message>
    <message>
        <source>The system&apos;s trusted CAs</source>
        <translation>系统信任的 CA</translation>
    </message>
    <message>
        <source>In your data folder, named after the chain</source>
        <translation>位于您的数据文件夹中，以链命名</translation>
    </message>
    <message>
        <source>A workspace is one file holding what this computer verified of one chain.</source>
        <translation>工作区是一个文件，保存这台电脑对一条链所核验的内容。</translation>
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
    <message>
        <source>Building the proofs</source>
        <translation>正在构建证明</translation>
    </message>
    <message>
        <source>Could not export the evidence package</source>
        <translation>无法导出证据包</translation>
    </message>
    <message>
        <source>Could not load the battery history</source>
        <translation>无法加载电池历史</translation>
    </message>
    <message>
        <source>Could not rank the batteries</source>
        <translation>无法为电池排名</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Could not value the assets</source>
        <translation>无法为资产估值</translation>
    </message>
    <message>
        <source>Could not keep the valuation parameters</source>
        <translation>无法保存估值参数</translation>
    </message>
    <message>
        <source>Could not re-verify the workspace</source>
        <translation>无法重新核验工作区</translation>
    </message>
</context>
</TS>
