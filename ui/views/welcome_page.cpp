#include "welcome_page.h"

#include "settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace pp::ui {

namespace {

// A line edit with a "…" button that picks a file.
QWidget* withBrowse(QLineEdit* edit, const QString& title, bool save, QWidget* parent)
{
    auto* box = new QWidget;
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    auto* browse = new QPushButton(QStringLiteral("…"));
    browse->setAccessibleName(title);
    browse->setToolTip(title);
    QObject::connect(browse, &QPushButton::clicked, parent, [=] {
        const QString path = save ? QFileDialog::getSaveFileName(parent, title, edit->text())
                                  : QFileDialog::getOpenFileName(parent, title, edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    });
    row->addWidget(browse);
    return box;
}

// A form whose labels sit level with their fields and right-aligned, in every style and
// language (Fusion and some platform styles otherwise wrap long labels above the field).
QFormLayout* alignedForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    return form;
}

}  // namespace

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    // One centred column of a readable width, whatever the window's size.
    auto* column = new QVBoxLayout;
    column->setSpacing(18);
    column->addWidget(buildHeader());
    column->addWidget(buildDemo());
    auto* row = new QHBoxLayout;
    row->setSpacing(18);
    row->addWidget(buildConnect(), 3);
    row->addWidget(buildOpen(), 2, Qt::AlignTop);
    column->addLayout(row);

    auto* content = new QWidget;
    content->setLayout(column);
    content->setMaximumWidth(1040);
    // Centred across, and a little above the middle down, as a first screen sits.
    auto* across = new QHBoxLayout;
    across->addStretch(1);
    across->addWidget(content, 100);
    across->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(2);
    outer->addLayout(across);
    outer->addStretch(3);
    refreshRecent();
}

QWidget* WelcomePage::buildHeader()
{
    auto* header = new QWidget;
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(16);
    auto* icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/powerproof.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    auto* text = new QLabel(
        QStringLiteral("<div style='font-size:22pt; font-weight:600'>PowerProof</div>"
                       "<div style='font-size:12pt'>%1</div>")
            .arg(tr("Check the operating data of PV stations, battery packs and electric "
                    "vehicles yourself: every record is verified on this computer against a "
                    "validator-signed chain.")
                     .toHtmlEscaped()));
    text->setWordWrap(true);
    row->addWidget(text, 1);
    return header;
}

QWidget* WelcomePage::buildDemo()
{
    auto* box = new QGroupBox(tr("New here? Start with the demo network"));
    auto* layout = new QVBoxLayout(box);
    auto* text = new QLabel(
        tr("Creates a network on this computer with 20 PV stations, 60 battery packs and "
           "10 delivery vans and a year of their signed data (a few of the devices "
           "dishonest), runs a node for it, and verifies every record. The first start takes "
           "about three minutes; after that it opens in seconds. Nothing leaves this "
           "computer."));
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* row = new QHBoxLayout;
    demo_ =
        new QPushButton(QIcon(QStringLiteral(":/icons/demo.svg")), tr("Start the demo network"));
    demo_->setDefault(true);
    demo_->setAutoDefault(true);
    demo_->setMinimumHeight(36);
    QFont bold = demo_->font();
    bold.setBold(true);
    demo_->setFont(bold);
    row->addWidget(demo_);
    demoStep_ = new QLabel;
    demoStep_->setWordWrap(true);
    row->addWidget(demoStep_, 1);
    layout->addLayout(row);
    demoProgress_ = new QProgressBar;
    demoProgress_->hide();
    layout->addWidget(demoProgress_);
    connect(demo_, &QPushButton::clicked, this, [this] {
        demo_->setEnabled(false);
        emit demoRequested();
    });
    return box;
}

QWidget* WelcomePage::buildConnect()
{
    auto* box = new QGroupBox(tr("Connect to a network"));
    auto* layout = new QVBoxLayout(box);
    auto* form = alignedForm(nullptr);
    node_ = new QLineEdit(Settings::lastNode());
    node_->setPlaceholderText(QStringLiteral("https://node.example.com:8641"));
    chainId_ = new QLineEdit(Settings::lastChainId());
    chainId_->setPlaceholderText(tr("64 hex digits, from the network's operator"));
    witnesses_ = new QPlainTextEdit(Settings::lastWitnesses().join(QLatin1Char('\n')));
    witnesses_->setPlaceholderText(
        tr("Optional, one URL a line: nodes run by others, to catch forks"));
    witnesses_->setFixedHeight(witnesses_->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("Node URL:"), node_);
    form->addRow(tr("Chain id:"), chainId_);
    form->addRow(tr("Witnesses:"), witnesses_);
    layout->addLayout(form);

    // TLS and the workspace file: most users leave them as they are, so they start folded.
    advancedToggle_ = new QToolButton;
    advancedToggle_->setText(tr("TLS and workspace file"));
    advancedToggle_->setCheckable(true);
    advancedToggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    advancedToggle_->setArrowType(Qt::RightArrow);
    advancedToggle_->setAutoRaise(true);
    layout->addWidget(advancedToggle_);
    advanced_ = new QWidget;
    auto* advancedForm = alignedForm(advanced_);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    caFile_ = new QLineEdit;
    caFile_->setPlaceholderText(tr("The system's trusted CAs"));
    pin_ = new QLineEdit;
    pin_->setPlaceholderText(QStringLiteral("sha256//BASE64"));
    clientCert_ = new QLineEdit;
    clientKey_ = new QLineEdit;
    workspace_ = new QLineEdit;
    workspace_->setPlaceholderText(tr("In your data folder, named after the chain"));
    advancedForm->addRow(tr("TLS CA file:"),
                         withBrowse(caFile_, tr("Choose a CA bundle"), false, this));
    advancedForm->addRow(tr("Public key pin:"), pin_);
    advancedForm->addRow(tr("Client certificate:"),
                         withBrowse(clientCert_, tr("Choose a certificate"), false, this));
    advancedForm->addRow(tr("Client key:"),
                         withBrowse(clientKey_, tr("Choose a private key"), false, this));
    advancedForm->addRow(tr("Workspace file:"),
                         withBrowse(workspace_, tr("Choose the workspace file"), true, this));
    advanced_->hide();
    layout->addWidget(advanced_);
    connect(advancedToggle_, &QToolButton::toggled, this, [this](bool open) {
        advancedToggle_->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        advanced_->setVisible(open);
    });

    connectError_ = new QLabel;
    connectError_->setWordWrap(true);
    connectError_->setStyleSheet(QStringLiteral("color: #b3261e"));
    connectError_->hide();
    layout->addWidget(connectError_);
    auto* connectButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/sync.svg")), tr("Connect and sync"));
    layout->addWidget(connectButton, 0, Qt::AlignRight);
    connect(connectButton, &QPushButton::clicked, this, &WelcomePage::submitConnect);
    return box;
}

QWidget* WelcomePage::buildOpen()
{
    auto* box = new QGroupBox(tr("Open a workspace"));
    auto* layout = new QVBoxLayout(box);
    auto* text =
        new QLabel(tr("A workspace is one file holding what this computer verified "
                      "of one chain."));
    text->setWordWrap(true);
    layout->addWidget(text);
    recentLabel_ = new QLabel(tr("Recent:"));
    layout->addWidget(recentLabel_);
    recent_ = new QListWidget;
    recent_->setAccessibleName(tr("Recent workspaces"));
    recent_->setTextElideMode(Qt::ElideMiddle);
    recent_->setMaximumHeight(recent_->fontMetrics().lineSpacing() * 6 + 8);
    layout->addWidget(recent_);
    auto* open =
        new QPushButton(QIcon(QStringLiteral(":/icons/open.svg")), tr("Open a workspace file…"));
    layout->addWidget(open, 0, Qt::AlignLeft);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a workspace"), QString(),
                                                          tr("Workspaces (*.db);;All files (*)"));
        if (!path.isEmpty())
            emit openRequested(path);
    });
    connect(recent_, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit openRequested(item->text()); });
    return box;
}

void WelcomePage::refreshRecent()
{
    const QStringList recent = Settings::recentWorkspaces();
    recent_->clear();
    recent_->addItems(recent);
    recent_->setVisible(!recent.isEmpty());
    recentLabel_->setVisible(!recent.isEmpty());
}

void WelcomePage::setDemoProgress(const QString& step, qint64 done, qint64 total)
{
    demoStep_->setText(step);
    demoProgress_->show();
    demoProgress_->setRange(0, static_cast<int>(total));
    demoProgress_->setValue(static_cast<int>(done));
}

void WelcomePage::setDemoFailed(const QString& message)
{
    demo_->setEnabled(true);
    demoProgress_->hide();
    demoStep_->setText(
        QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(message.toHtmlEscaped()));
}

void WelcomePage::showConnectError(const QString& message)
{
    connectError_->setText(message);
    connectError_->show();
}

void WelcomePage::submitConnect()
{
    lightnode::SyncOptions o;
    o.node = node_->text().trimmed();
    for (const QString& w : witnesses_->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        o.witnesses << w.trimmed();
    const QString id = chainId_->text().trimmed();
    const auto bytes = fromHex(id);
    const auto digest = bytes ? digestFromBytes(*bytes) : std::nullopt;
    if (!o.node.startsWith(QStringLiteral("http://")) &&
        !o.node.startsWith(QStringLiteral("https://"))) {
        showConnectError(tr("The node URL must start with http:// or https://."));
        return;
    }
    if (!digest) {
        showConnectError(
            tr("The chain id must be 64 hex digits: it is what you trust, so "
               "get it from the network's operator, not from the node."));
        return;
    }
    o.chainId = digest;
    o.http.tls = {caFile_->text().trimmed(), pin_->text().trimmed(), clientCert_->text().trimmed(),
                  clientKey_->text().trimmed()};
    QString path = workspace_->text().trimmed();
    if (path.isEmpty()) {
        const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        dir.mkpath(QStringLiteral("workspaces"));
        path = dir.filePath(QStringLiteral("workspaces/%1.db").arg(id.left(16).toLower()));
    }
    connectError_->hide();
    Settings::setLastNetwork(o.node, o.witnesses, id);
    emit connectRequested(path, o);
}

}  // namespace pp::ui
