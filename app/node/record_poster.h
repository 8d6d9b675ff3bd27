#pragma once

#include "net/http_client.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

namespace pp::nodeapp {

// Posts signed records to a node's POST /v1/records in submissions of at most the
// node's limit, and counts its answers. Blocking: live simulation has nothing else to do.
// Through the light node's libcurl client (connections kept alive, transient failures
// retried) rather than Qt Network, whose own thread this tool does not need.
class RecordPoster
{
public:
    explicit RecordPoster(const QUrl& node);

    struct Outcome
    {
        int accepted = 0, refused = 0;
        QString firstRefusal;  // the node's reason, for the log
        QString error;         // transport or HTTP failure; empty on success
    };
    Outcome post(const std::vector<QByteArray>& records);

private:
    Result<std::unique_ptr<net::HttpClient>> client_;
};

}  // namespace pp::nodeapp
