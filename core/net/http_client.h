#pragma once

#include "common/result.h"
#include "net/http_options.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace pp::net {

// One GET: the path and query under the base URL, and the most bytes its answer may have
// (derived from the protocol's limits, so a node cannot make us buffer without end).
struct Request
{
    QString pathAndQuery;  // "/v1/headers?from=0&count=4096"
    qint64 maxBytes;
    // A POST when set: the body and its Content-Type (an RFC 3161 query to a TSA).
    std::optional<std::pair<QByteArray, QByteArray>> post = std::nullopt;
};

// An HTTP/1.1 client over one libcurl multi handle: connections are kept alive and reused,
// and a batch of requests runs side by side. Transient failures (connection refused or
// reset, timeouts, HTTP 5xx) are retried with exponential backoff and jitter; anything
// else, an oversized answer included, is final. Use from one thread.
class HttpClient
{
public:
    // `baseUrl`: "http://127.0.0.1:8080" or "https://node.example:443".
    static Result<std::unique_ptr<HttpClient>> create(const QString& baseUrl,
                                                      HttpOptions options = {});
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    const QString& baseUrl() const { return baseUrl_; }

    // While set, requests in flight stop and answer "net.cancelled".
    void setCancelFlag(const std::atomic<bool>* cancel) { cancel_ = cancel; }

    Result<QByteArray> get(const Request& request);  // a POST too, when the request says so
    // All of `requests`, side by side on up to maxConnections connections; the answers are
    // in the order of the requests.
    std::vector<Result<QByteArray>> getAll(const std::vector<Request>& requests);

    // Errors with these codes are about reaching the node, not about what it said.
    static bool isTransport(const Error& error);

private:
    struct Impl;
    HttpClient(QString baseUrl, HttpOptions options);

    QString baseUrl_;
    HttpOptions options_;
    const std::atomic<bool>* cancel_ = nullptr;
    std::unique_ptr<Impl> impl_;
};

}  // namespace pp::net
