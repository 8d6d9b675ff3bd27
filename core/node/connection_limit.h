#pragma once

#include <QTcpServer>

namespace pp::node {

// A TCP server that holds at most `limit` connections open at once; QHttpServer 6.4 has
// no bound of its own. A connection over the limit gets an immediate HTTP 503 with the
// node's JSON error body and is closed, so a client can tell "busy" from "down".
class ConnectionLimit : public QTcpServer
{
    Q_OBJECT

public:
    explicit ConnectionLimit(int limit, QObject* parent = nullptr);
    int open() const { return open_; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    int limit_;
    int open_ = 0;
};

}  // namespace pp::node
