#include "support/http_client.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>

namespace pp::test {

QJsonObject HttpClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpClient::Reply HttpClient::get(const QString& path)
{
    return finish(net_.get(QNetworkRequest(QUrl(base_ + path))));
}

HttpClient::Reply HttpClient::post(const QString& path, const QByteArray& body,
                                   const QString& contentType)
{
    QNetworkRequest req(QUrl(base_ + path));
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return finish(net_.post(req, body));
}

HttpClient::Reply HttpClient::finish(QNetworkReply* reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()};
    reply->deleteLater();
    return r;
}

}  // namespace pp::test
