#include "support/raw_http_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace pp::test {

RawHttpServer::RawHttpServer(QByteArray answer) : answer_(std::move(answer))
{
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof a;
    if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
        ::listen(fd_, 16) != 0 || ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &length) != 0)
        return;  // url() then names port 0, which nothing answers
    port_ = ntohs(a.sin_port);
    thread_ = std::thread([this] { serve(); });
}

RawHttpServer::~RawHttpServer()
{
    stop_ = true;
    if (thread_.joinable())
        thread_.join();
    if (fd_ >= 0)
        ::close(fd_);
}

QString RawHttpServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port_);
}

void RawHttpServer::serve()
{
    while (!stop_) {
        pollfd p{fd_, POLLIN, 0};
        if (::poll(&p, 1, 100) <= 0)  // wakes to see stop_ even when nobody calls
            continue;
        const int c = ::accept(fd_, nullptr, nullptr);
        if (c < 0)
            continue;
        ++connections_;
        char request[4096];
        (void)::recv(c, request, sizeof request, 0);
        (void)::send(c, answer_.constData(), static_cast<size_t>(answer_.size()), MSG_NOSIGNAL);
        ::close(c);
    }
}

}  // namespace pp::test
