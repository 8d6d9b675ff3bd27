#include "record_poster.h"

#include "cbor/decoder.h"
#include "cbor/writer.h"
#include "node/api_server.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkReply>

#include <algorithm>

namespace pp::nodeapp {

RecordPoster::RecordPoster(const QUrl& node)
    : endpoint_(node.resolved(QUrl(QStringLiteral("/v1/records"))))
{
}

RecordPoster::Outcome RecordPoster::post(const std::vector<QByteArray>& records)
{
    Outcome outcome;
    for (std::size_t from = 0; from < records.size();
         from += node::ApiServer::kMaxSubmissionRecords) {
        const std::size_t to =
            std::min(records.size(), from + node::ApiServer::kMaxSubmissionRecords);
        cbor::Writer w;
        w.beginArray(to - from);
        for (std::size_t i = from; i < to; ++i)
            w.bytes(records[i]);
        QNetworkRequest request(endpoint_);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/cbor"));
        QNetworkReply* reply = network_.post(request, std::move(w).data());
        QEventLoop wait;
        QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
        wait.exec();
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            outcome.error = reply->errorString();
            return outcome;
        }
        auto answers = cbor::decode(reply->readAll());
        if (!answers || !answers->isArray()) {
            outcome.error =
                QCoreApplication::translate("node", "the node's answer is not a CBOR array");
            return outcome;
        }
        for (const cbor::Value& a : answers->items()) {
            const bool answer = a.isArray() && a.size() == 2 && a.at(0).isUnsigned();
            const bool ok = answer && a.at(0).argument() == 0;
            ok ? ++outcome.accepted : ++outcome.refused;
            if (!ok && outcome.firstRefusal.isEmpty() && answer)
                outcome.firstRefusal = a.at(1).toText();
        }
    }
    return outcome;
}

}  // namespace pp::nodeapp
