#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

class QTcpSocket;

namespace pp::node {

// A TCP server that holds at most `limit` connections open at once; QHttpServer 6.4 has
// no bound of its own. A connection over the limit gets an immediate HTTP 503 with the
// node's JSON error body and is closed, so a client can tell "busy" from "down".
//
// With a TLS configuration every connection is a QSslSocket that is handed to the HTTP
// server only once its handshake is done (QSslServer does the same, but cannot be
// combined with the limit); a handshake that fails or stalls closes the socket.
class ConnectionLimit : public QTcpServer
{
    Q_OBJECT

public:
    explicit ConnectionLimit(int limit, std::optional<QSslConfiguration> tls = {},
                             QObject* parent = nullptr);
    int open() const { return open_; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void admit(QTcpSocket* socket);

    int limit_;
    int open_ = 0;
    std::optional<QSslConfiguration> tls_;
};

}  // namespace pp::node
