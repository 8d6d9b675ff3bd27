#include "record_poster.h"

#include "cbor/decoder.h"
#include "cbor/writer.h"
#include "node/api_server.h"

#include <QCoreApplication>

#include <algorithm>

namespace pp::nodeapp {

RecordPoster::RecordPoster(const QUrl& node)
    : client_(net::HttpClient::create(node.toString(QUrl::RemovePath | QUrl::StripTrailingSlash)))
{
}

RecordPoster::Outcome RecordPoster::post(const std::vector<QByteArray>& records)
{
    Outcome outcome;
    if (!client_) {
        outcome.error = client_.error().localizedMessage();
        return outcome;
    }
    // An answer is a [status, reason] pair a record: far below this for the node's limit.
    constexpr qint64 kMaxAnswerBytes = qint64{4} * 1024 * 1024;
    for (std::size_t from = 0; from < records.size();
         from += node::ApiServer::kMaxSubmissionRecords) {
        const std::size_t to =
            std::min(records.size(), from + node::ApiServer::kMaxSubmissionRecords);
        cbor::Writer w;
        w.beginArray(to - from);
        for (std::size_t i = from; i < to; ++i)
            w.bytes(records[i]);
        auto reply = (*client_)->get(
            {QStringLiteral("/v1/records"), kMaxAnswerBytes,
             std::pair{std::move(w).data(), QByteArrayLiteral("application/cbor")}});
        if (!reply) {
            outcome.error = reply.error().localizedMessage();
            return outcome;
        }
        auto answers = cbor::decode(*reply);
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
