#pragma once

#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

class QTcpSocket;

namespace pp::node {

// What one connection may hold of the node.
struct ConnectionRules
{
    int maxConnections = 64;  // at once, all clients; more get 503 busy
    // One client address may hold at most this many, so that a single peer cannot take
    // them all; 0: three quarters of maxConnections.
    int maxPerClient = 0;
    // A connection must deliver a whole request within this long of opening or of its
    // last answer, or it is closed: idle and slow (byte-a-second) clients free their slot.
    int requestTimeoutMs = 30'000;
    // The most a request (line, headers and body) may send before the node answers: a
    // declared Content-Length above it is refused at once, and a body that grows past it
    // is cut off, so no upload makes the node hold more than this a connection.
    qint64 maxRequestBytes = 0;
};

// A TCP server in front of QHttpServer 6.4, which bounds none of this itself. It holds at
// most `maxConnections` connections open at once and `maxPerClient` of one address (over
// that: an immediate HTTP 503 with the node's JSON error body, so a client can tell
// "busy" from "down"); it closes connections that send no whole request in time, and
// answers 413 and closes one whose request is larger than allowed, before reading it.
//
// With a TLS configuration every connection is a QSslSocket that is handed to the HTTP
// server only once its handshake is done (QSslServer does the same, but cannot be
// combined with the limit); a handshake that fails or stalls closes the socket.
class ConnectionLimit : public QTcpServer
{
    Q_OBJECT

public:
    explicit ConnectionLimit(ConnectionRules rules, std::optional<QSslConfiguration> tls = {},
                             QObject* parent = nullptr);
    int open() const { return open_; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void admit(QTcpSocket* socket);
    void guard(QTcpSocket* socket);

    ConnectionRules rules_;
    int open_ = 0;
    QHash<QHostAddress, int> perClient_;
    std::optional<QSslConfiguration> tls_;
};

}  // namespace pp::node
