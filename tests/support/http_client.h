#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>

namespace pp::test {

// Synchronous HTTP for tests: each call runs a local event loop until the reply is in.
class HttpClient
{
public:
    struct Reply
    {
        int status = 0;  // 0 when the connection failed
        QByteArray contentType;
        QByteArray body;
        QJsonObject json() const;
    };

    void setBase(const QString& base) { base_ = base; }
    const QString& base() const { return base_; }
    Reply get(const QString& path);
    Reply post(const QString& path, const QByteArray& body,
               const QString& contentType = QStringLiteral("application/cbor"));

private:
    Reply finish(class QNetworkReply* reply);

    QNetworkAccessManager net_;
    QString base_;
};

}  // namespace pp::test
