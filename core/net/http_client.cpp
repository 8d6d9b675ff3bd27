#include "net/http_client.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <curl/curl.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <mutex>
#include <random>

namespace pp::net {

namespace {

using Clock = std::chrono::steady_clock;

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// One request on its way, across its attempts.
struct Transfer
{
    std::size_t index = 0;
    QByteArray url;
    qint64 maxBytes = 0;
    const std::optional<std::pair<QByteArray, QByteArray>>* post = nullptr;
    curl_slist* headers = nullptr;
    int attempt = 0;
    Clock::time_point startAt;
    CURL* easy = nullptr;
    QByteArray body;
    bool tooLarge = false;
    bool headersEnded = false;  // the blank line after the last answer's headers came
    char errorText[CURL_ERROR_SIZE] = {};
};

// libcurl reports success when a server closes the connection in the middle of its
// headers, with the status line's code and an empty body: a node that died mid-answer
// would read as an empty 200. The blank line that ends the headers is what says the
// answer's head arrived whole; a new status line (after a 100 Continue) starts over.
std::size_t readHeader(char* data, std::size_t size, std::size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const std::size_t n = size * count;
    const QByteArrayView line(data, static_cast<qsizetype>(n));
    if (line.startsWith("HTTP/"))
        t->headersEnded = false;
    else if (line == "\r\n" || line == "\n")
        t->headersEnded = true;
    return n;
}

std::size_t writeBody(char* data, std::size_t size, std::size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const std::size_t n = size * count;
    if (t->body.size() + static_cast<qint64>(n) > t->maxBytes) {
        t->tooLarge = true;
        return 0;  // curl stops the transfer with CURLE_WRITE_ERROR
    }
    t->body.append(data, static_cast<qsizetype>(n));
    return n;
}

// The node's JSON error message (spec §8), or the start of whatever the body was.
QString serverMessage(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (o.contains(QLatin1String("message")))
        return o.value(QLatin1String("message")).toString();
    return QString::fromUtf8(body.left(200)).simplified();
}

// The node's certificate, or the handshake, was refused: a question of trust settings, so
// the message says which ones.
bool tlsCurlError(CURLcode code)
{
    switch (code) {
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_ISSUER_ERROR:
            return true;
        default:
            return false;
    }
}

bool transientCurlError(CURLcode code)
{
    switch (code) {
        case CURLE_COULDNT_CONNECT:
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_OPERATION_TIMEDOUT:
        case CURLE_SEND_ERROR:
        case CURLE_RECV_ERROR:
        case CURLE_GOT_NOTHING:
        case CURLE_PARTIAL_FILE:
            return true;
        default:
            return false;
    }
}

}  // namespace

struct HttpClient::Impl
{
    CURLM* multi = nullptr;
    std::minstd_rand jitter{std::random_device{}()};

    ~Impl()
    {
        if (multi != nullptr)
            curl_multi_cleanup(multi);
    }
};

HttpClient::HttpClient(QString baseUrl, HttpOptions options)
    : baseUrl_(std::move(baseUrl)), options_(std::move(options)), impl_(std::make_unique<Impl>())
{
}

HttpClient::~HttpClient() = default;

Result<std::unique_ptr<HttpClient>> HttpClient::create(const QString& baseUrl, HttpOptions options)
{
    if (!baseUrl.startsWith(QLatin1String("http://")) &&
        !baseUrl.startsWith(QLatin1String("https://"))) {
        return Error(ErrorKind::Malformed, "net.url",
                     QT_TRANSLATE_NOOP("Error", "node URL %1 must start with http:// or https://"),
                     {baseUrl});
    }
    initCurlOnce();
    std::unique_ptr<HttpClient> client(
        new HttpClient(baseUrl.endsWith(u'/') ? baseUrl.chopped(1) : baseUrl, std::move(options)));
    client->impl_->multi = curl_multi_init();
    if (client->impl_->multi == nullptr)
        return Error(ErrorKind::Internal, "net.init",
                     QT_TRANSLATE_NOOP("Error", "libcurl could not start"));
    curl_multi_setopt(client->impl_->multi, CURLMOPT_MAX_HOST_CONNECTIONS,
                      static_cast<long>(std::max(1, client->options_.maxConnections)));
    return client;
}

bool HttpClient::isTransport(const Error& error)
{
    return error.kind() == ErrorKind::Io && std::strncmp(error.code(), "net.", 4) == 0;
}

Result<QByteArray> HttpClient::get(const Request& request)
{
    return std::move(getAll({request}).front());
}

std::vector<Result<QByteArray>> HttpClient::getAll(const std::vector<Request>& requests)
{
    const TlsOptions& tls = options_.tls;
    const QByteArray caFile = tls.caFile.toLocal8Bit();
    const QByteArray pin = tls.pinnedPublicKey.toLatin1();
    const QByteArray clientCert = tls.clientCert.toLocal8Bit();
    const QByteArray clientKey = tls.clientKey.toLocal8Bit();

    std::vector<Transfer> transfers(requests.size());
    std::vector<std::optional<Result<QByteArray>>> answers(requests.size());
    const Clock::time_point now = Clock::now();
    for (std::size_t i = 0; i < requests.size(); ++i) {
        transfers[i].index = i;
        transfers[i].url = (baseUrl_ + requests[i].pathAndQuery).toUtf8();
        transfers[i].maxBytes = requests[i].maxBytes;
        transfers[i].post = &requests[i].post;
        transfers[i].startAt = now;
    }

    auto start = [&](Transfer& t) {
        t.body.clear();
        t.tooLarge = false;
        t.headersEnded = false;
        t.errorText[0] = '\0';
        ++t.attempt;
        CURL* e = curl_easy_init();
        t.easy = e;
        curl_easy_setopt(e, CURLOPT_URL, t.url.constData());
        curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, writeBody);
        curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
        curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, readHeader);
        curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
        curl_easy_setopt(e, CURLOPT_PRIVATE, &t);
        curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.errorText);
        curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
                         static_cast<long>(options_.connectTimeoutMs));
        curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(options_.timeoutMs));
        curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(t.maxBytes));
        curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
        curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
        if (!caFile.isEmpty())
            curl_easy_setopt(e, CURLOPT_CAINFO, caFile.constData());
        if (!pin.isEmpty())
            curl_easy_setopt(e, CURLOPT_PINNEDPUBLICKEY, pin.constData());
        if (!clientCert.isEmpty())
            curl_easy_setopt(e, CURLOPT_SSLCERT, clientCert.constData());
        if (!clientKey.isEmpty())
            curl_easy_setopt(e, CURLOPT_SSLKEY, clientKey.constData());
        if (*t.post) {
            const auto& [body, type] = **t.post;
            curl_easy_setopt(e, CURLOPT_POSTFIELDS, body.constData());
            curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
            const QByteArray header = "Content-Type: " + type;
            t.headers = curl_slist_append(nullptr, header.constData());
            curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headers);
        }
        curl_multi_add_handle(impl_->multi, e);
    };
    auto finish = [&](Transfer& t, CURLcode code) {
        long status = 0;
        curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
        curl_multi_remove_handle(impl_->multi, t.easy);
        curl_easy_cleanup(t.easy);
        t.easy = nullptr;
        curl_slist_free_all(t.headers);
        t.headers = nullptr;
        const QString where = QString::fromUtf8(t.url);
        std::optional<Error> error;
        bool transient = false;
        if (t.tooLarge || code == CURLE_FILESIZE_EXCEEDED) {
            error = Error(ErrorKind::Invalid, "net.too-large",
                          QT_TRANSLATE_NOOP("Error",
                                            "%1 answered more than %2 bytes, more than "
                                            "the protocol allows"),
                          {where, QString::number(t.maxBytes)});
        } else if (code != CURLE_OK) {
            transient = transientCurlError(code);
            const char* text = t.errorText[0] != '\0' ? t.errorText : curl_easy_strerror(code);
            if (tlsCurlError(code)) {
                error = Error(ErrorKind::Io, "net.tls",
                              QT_TRANSLATE_NOOP("Error",
                                                "%1: TLS failed: %2 (trust the node's CA with "
                                                "--ca-file, or give the client certificate the "
                                                "node requires with --client-cert and "
                                                "--client-key)"),
                              {where, QString::fromUtf8(text)});
            } else {
                error =
                    Error(ErrorKind::Io,
                          code == CURLE_SSL_PINNEDPUBKEYNOTMATCH ? "net.pin-mismatch"
                          : transient                            ? "net.unreachable"
                                                                 : "net.transfer",
                          QT_TRANSLATE_NOOP("Error", "%1: %2"), {where, QString::fromUtf8(text)});
            }
        } else if (!t.headersEnded) {
            transient = true;  // a node that went mid-answer may be back at the next try
            error = Error(ErrorKind::Io, "net.unreachable",
                          QT_TRANSLATE_NOOP("Error",
                                            "%1: the connection closed before the answer's "
                                            "headers ended"),
                          {where});
        } else if (status != 200) {
            transient = status >= 500;
            error = Error(ErrorKind::Io, transient ? "net.server-error" : "net.http-status",
                          QT_TRANSLATE_NOOP("Error", "%1 answered HTTP %2: %3"),
                          {where, QString::number(status), serverMessage(t.body)});
        }
        if (!error) {
            answers[t.index] = std::move(t.body);
            return;
        }
        if (transient && t.attempt < options_.attempts) {
            // Full jitter on a doubling backoff, so that many clients retrying together
            // spread out instead of hitting the node in step.
            const int ceiling = options_.backoffMs << std::min(t.attempt - 1, 10);
            std::uniform_int_distribution<int> pick(ceiling / 2, ceiling);
            t.startAt = Clock::now() + std::chrono::milliseconds(pick(impl_->jitter));
            return;
        }
        if (transient)
            error->within(QT_TRANSLATE_NOOP("Error", "after %1 attempts"),
                          {QString::number(t.attempt)});
        answers[t.index] = std::move(*error);
    };

    std::size_t remaining = transfers.size();
    while (remaining > 0) {
        if (cancel_ != nullptr && cancel_->load()) {
            // Everything not answered yet, in flight or waiting, ends here.
            for (Transfer& t : transfers) {
                if (answers[t.index])
                    continue;
                if (t.easy != nullptr) {
                    curl_multi_remove_handle(impl_->multi, t.easy);
                    curl_easy_cleanup(t.easy);
                    t.easy = nullptr;
                    curl_slist_free_all(t.headers);
                    t.headers = nullptr;
                }
                answers[t.index] =
                    Error(ErrorKind::Io, "net.cancelled", QT_TRANSLATE_NOOP("Error", "cancelled"));
            }
            break;
        }
        Clock::time_point nextStart = Clock::time_point::max();
        for (Transfer& t : transfers) {
            if (answers[t.index] || t.easy != nullptr)
                continue;
            if (t.startAt <= Clock::now())
                start(t);
            else
                nextStart = std::min(nextStart, t.startAt);
        }
        int running = 0;
        curl_multi_perform(impl_->multi, &running);
        int queued = 0;
        while (CURLMsg* msg = curl_multi_info_read(impl_->multi, &queued)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            Transfer* t = nullptr;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, &t);
            finish(*t, msg->data.result);
            if (answers[t->index])
                --remaining;
        }
        if (remaining == 0)
            break;
        // Wake for network activity, a retry that falls due, or a look at the cancel flag.
        int waitMs = 100;
        if (nextStart != Clock::time_point::max()) {
            const auto due =
                std::chrono::duration_cast<std::chrono::milliseconds>(nextStart - Clock::now());
            waitMs = static_cast<int>(std::clamp<long long>(due.count(), 0, 100));
        }
        curl_multi_poll(impl_->multi, nullptr, 0, waitMs, nullptr);
    }

    std::vector<Result<QByteArray>> out;
    out.reserve(answers.size());
    for (auto& a : answers)
        out.push_back(std::move(*a));
    return out;
}

}  // namespace pp::net
