#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

#include <vector>

namespace pp::nodeapp {

// Posts signed records to a node's POST /v1/records in submissions of at most the
// node's limit, and counts its answers. Blocking: live simulation has nothing else to do.
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
    QUrl endpoint_;
    QNetworkAccessManager network_;
};

}  // namespace pp::nodeapp
