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

}  // namespace

WelcomePage::WelcomePage(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    auto* title =
        new QLabel(tr("<h1>PowerProof</h1><p>Operating data of renewable-energy "
                      "assets, verified by this computer against a validator-signed "
                      "chain.</p>"));
    title->setWordWrap(true);
    outer->addWidget(title);
    auto* columns = new QHBoxLayout;
    outer->addLayout(columns, 1);

    auto* left = new QVBoxLayout;
    auto* demoBox = new QGroupBox(tr("Try it: the local demo network"));
    auto* demoLayout = new QVBoxLayout(demoBox);
    auto* demoText =
        new QLabel(tr("Creates a devnet on this computer with 20 PV stations, 60 "
                      "battery packs and 10 delivery vans and a year of their signed "
                      "data (a few of them dishonest), runs a node for it, and "
                      "verifies everything. The first start takes a few minutes."));
    demoText->setWordWrap(true);
    demo_ =
        new QPushButton(QIcon(QStringLiteral(":/icons/demo.svg")), tr("Start the demo network"));
    demo_->setDefault(true);
    demoStep_ = new QLabel;
    demoStep_->setWordWrap(true);
    demoProgress_ = new QProgressBar;
    demoProgress_->hide();
    demoLayout->addWidget(demoText);
    demoLayout->addWidget(demo_);
    demoLayout->addWidget(demoStep_);
    demoLayout->addWidget(demoProgress_);
    left->addWidget(demoBox);

    auto* openBox = new QGroupBox(tr("Open a workspace"));
    auto* openLayout = new QVBoxLayout(openBox);
    recent_ = new QListWidget;
    recent_->setAccessibleName(tr("Recent workspaces"));
    auto* open =
        new QPushButton(QIcon(QStringLiteral(":/icons/open.svg")), tr("Open a workspace file…"));
    openLayout->addWidget(new QLabel(tr("Recent:")));
    openLayout->addWidget(recent_, 1);
    openLayout->addWidget(open);
    left->addWidget(openBox, 1);
    columns->addLayout(left, 1);

    auto* connectBox = new QGroupBox(tr("Connect to a network"));
    auto* form = new QFormLayout(connectBox);
    node_ = new QLineEdit(Settings::lastNode());
    node_->setPlaceholderText(QStringLiteral("https://node.example.com:8641"));
    witnesses_ = new QPlainTextEdit(Settings::lastWitnesses().join(QLatin1Char('\n')));
    witnesses_->setPlaceholderText(tr("One URL a line: nodes run by others, to catch forks"));
    witnesses_->setMaximumHeight(80);
    chainId_ = new QLineEdit(Settings::lastChainId());
    chainId_->setPlaceholderText(tr("64 hex digits, from the network's operator"));
    caFile_ = new QLineEdit;
    pin_ = new QLineEdit;
    pin_->setPlaceholderText(QStringLiteral("sha256//BASE64"));
    clientCert_ = new QLineEdit;
    clientKey_ = new QLineEdit;
    workspace_ = new QLineEdit;
    workspace_->setPlaceholderText(tr("Default: in your data folder, named after the chain"));
    form->addRow(tr("Node URL:"), node_);
    form->addRow(tr("Witnesses:"), witnesses_);
    form->addRow(tr("Chain id:"), chainId_);
    form->addRow(tr("TLS CA file:"), withBrowse(caFile_, tr("Choose a CA bundle"), false, this));
    form->addRow(tr("Public key pin:"), pin_);
    form->addRow(tr("Client certificate:"),
                 withBrowse(clientCert_, tr("Choose a certificate"), false, this));
    form->addRow(tr("Client key:"),
                 withBrowse(clientKey_, tr("Choose a private key"), false, this));
    form->addRow(tr("Workspace file:"),
                 withBrowse(workspace_, tr("Choose the workspace file"), true, this));
    connectError_ = new QLabel;
    connectError_->setWordWrap(true);
    connectError_->setStyleSheet(QStringLiteral("color: #b3261e"));
    form->addRow(connectError_);
    auto* connectButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/sync.svg")), tr("Connect and sync"));
    form->addRow(connectButton);
    columns->addWidget(connectBox, 1);

    connect(demo_, &QPushButton::clicked, this, [this] {
        demo_->setEnabled(false);
        emit demoRequested();
    });
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a workspace"), QString(),
                                                          tr("Workspaces (*.db);;All files (*)"));
        if (!path.isEmpty())
            emit openRequested(path);
    });
    connect(recent_, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit openRequested(item->text()); });
    connect(connectButton, &QPushButton::clicked, this, &WelcomePage::submitConnect);
    refreshRecent();
}

void WelcomePage::refreshRecent()
{
    recent_->clear();
    recent_->addItems(Settings::recentWorkspaces());
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
        connectError_->setText(tr("The node URL must start with http:// or https://."));
        return;
    }
    if (!digest) {
        connectError_->setText(
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
    connectError_->clear();
    Settings::setLastNetwork(o.node, o.witnesses, id);
    emit connectRequested(path, o);
}

}  // namespace pp::ui
