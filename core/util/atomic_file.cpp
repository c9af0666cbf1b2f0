// Atomic file replacement with POSIX calls: exclusive, flock-held temporary files, fsync,
// a backup that is itself replaced atomically, rename, and clean-up of killed saves' leftovers.

#include "core/util/atomic_file.h"

#include <cerrno>
#include <random>
#include <string>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace murnau {

namespace {

constexpr std::string_view kAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";   // of a temporary's suffix
constexpr std::size_t kSuffixLength = 6;                                        // random characters after ".tmp-"

std::string systemMessage(int error)
{
    return std::error_code(error, std::generic_category()).message();
}

// An open file descriptor, closed when it goes out of scope.
class Descriptor {
public:
    explicit Descriptor(int fd = -1) : m_fd(fd) {}
    Descriptor(Descriptor&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    Descriptor& operator=(Descriptor&& other) noexcept
    {
        if (this != &other) {
            reset();
            m_fd = std::exchange(other.m_fd, -1);
        }
        return *this;
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    ~Descriptor() { reset(); }

    int get() const { return m_fd; }
    // Closes now; errno of a failed close, else 0.
    int close()
    {
        const int fd = std::exchange(m_fd, -1);
        return fd >= 0 && ::close(fd) != 0 ? errno : 0;
    }

private:
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    int m_fd;
};

// Writes all of `text` to `fd`, retrying short writes and EINTR; returns errno or 0.
int writeAll(int fd, std::string_view text)
{
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t written = ::write(fd, text.data() + done, text.size() - done);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        done += static_cast<std::size_t>(written);
    }
    return 0;
}

// Copies everything readable from `from` to `to`; returns errno or 0.
int copyAll(int from, int to)
{
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t got = ::read(from, buffer, sizeof buffer);
        if (got == 0)
            return 0;
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (const int error = writeAll(to, std::string_view(buffer, static_cast<std::size_t>(got))))
            return error;
    }
}

// flock with EINTR retried; 0 or errno.
int lockFile(int fd, int operation)
{
    while (::flock(fd, operation) != 0) {
        if (errno != EINTR)
            return errno;
    }
    return 0;
}

// Whether `name` is "<base>.tmp-" followed by kSuffixLength characters of kAlphabet.
bool isTemporaryNameOf(const std::string& name, const std::string& base)
{
    const std::string prefix = base + ".tmp-";
    if (name.size() != prefix.size() + kSuffixLength || name.compare(0, prefix.size(), prefix) != 0)
        return false;
    return name.find_first_not_of(kAlphabet, prefix.size()) == std::string::npos;
}

// A temporary file "<target>.tmp-a1b2c3" next to `target`: created exclusively, then held under
// an exclusive flock until it is renamed or removed, so that removeStaleTemporaries in another
// save leaves it alone. Should such a clean-up remove the name between the creation and the
// lock (the file then has no links), another name is tried.
Result<std::pair<Descriptor, std::filesystem::path>> createTemporaryBeside(const std::filesystem::path& target,
                                                                         const std::filesystem::path& reportedPath)
{
    std::random_device entropy;
    std::mt19937 generator(entropy());
    std::uniform_int_distribution<std::size_t> pick(0, kAlphabet.size() - 1);
    int lastError = 0;
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string suffix = ".tmp-";
        for (std::size_t i = 0; i < kSuffixLength; ++i)
            suffix += kAlphabet[pick(generator)];
        std::filesystem::path candidate = target;
        candidate += suffix;
        Descriptor fd(::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666));
        if (fd.get() < 0) {
            lastError = errno;
            if (lastError != EEXIST)
                break;
            continue;
        }
        if (const int error = lockFile(fd.get(), LOCK_EX)) {
            ::unlink(candidate.c_str());
            lastError = error;
            break;
        }
        struct stat info {};
        if (::fstat(fd.get(), &info) != 0) {
            lastError = errno;
            ::unlink(candidate.c_str());
            break;
        }
        if (info.st_nlink == 0)
            continue;   // a clean-up took it for a leftover before we locked it
        return std::pair{std::move(fd), candidate};
    }
    return fail(reportedPath.string(), "not saved: cannot create a temporary file beside it: " + systemMessage(lastError));
}

void syncDirectoryOf(const std::filesystem::path& path)
{
    std::filesystem::path directory = path.parent_path();
    if (directory.empty())
        directory = ".";
    Descriptor fd(::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() >= 0)
        ::fsync(fd.get());  // best effort: the rename is already done and visible
}

// Removes the temporary file at `candidate` if no live process holds its lock; true if removed.
bool removeIfAbandoned(const std::filesystem::path& candidate)
{
    Descriptor fd(::open(candidate.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (fd.get() < 0 && errno == EACCES)
        fd = Descriptor(::open(candidate.c_str(), O_WRONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (fd.get() < 0)
        return false;
    struct stat opened {};
    if (::fstat(fd.get(), &opened) != 0 || !S_ISREG(opened.st_mode))
        return false;
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0)
        return false;   // a save in progress (EWOULDBLOCK), or no locking here: leave it
    // Still the file we locked under that name (not a fresh temporary that reused it)?
    struct stat named {};
    if (::lstat(candidate.c_str(), &named) != 0 || named.st_dev != opened.st_dev || named.st_ino != opened.st_ino)
        return false;
    return ::unlink(candidate.c_str()) == 0;
}

// Copies the file at `path` to `backup` through a temporary file renamed over it: a kill
// leaves the old backup or the new one, never a partly copied file.
Result<bool> keepBackup(const std::filesystem::path& path, const std::filesystem::path& backup, mode_t mode)
{
    auto temporary = createTemporaryBeside(backup, path);
    if (!temporary.ok())
        return fail(path.string(), "not saved: cannot keep the previous version as " + backup.string() + ": "
                                       + temporary.error().message);
    Descriptor fd = std::move(temporary.value().first);
    const std::filesystem::path temporaryPath = temporary.value().second;
    const auto abandon = [&](int error) -> Result<bool> {
        ::unlink(temporaryPath.c_str());
        return fail(path.string(), "not saved: cannot keep the previous version as " + backup.string() + ": "
                                       + systemMessage(error));
    };
    Descriptor source(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (source.get() < 0)
        return abandon(errno);
    if (const int error = copyAll(source.get(), fd.get()))
        return abandon(error);
    ::fchmod(fd.get(), mode & 07777);
    if (::fsync(fd.get()) != 0)
        return abandon(errno);
    if (::rename(temporaryPath.c_str(), backup.c_str()) != 0)
        return abandon(errno);
    return true;
}

} // namespace

int removeStaleTemporaries(const std::filesystem::path& path)
{
    std::filesystem::path directory = path.parent_path();
    if (directory.empty())
        directory = ".";
    const std::string base = path.filename().string();
    const std::string backupBase = base + ".bak";
    int removed = 0;
    std::error_code error;
    for (std::filesystem::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if ((isTemporaryNameOf(name, base) || isTemporaryNameOf(name, backupBase)) && removeIfAbandoned(it->path()))
            ++removed;
    }
    return removed;
}

Result<bool> replaceFileAtomically(const std::filesystem::path& requestedPath, std::string_view text,
                                   AtomicBackup backupPolicy)
{
    // Saving through a symbolic link replaces the file it points to, not the link.
    std::error_code linkError;
    std::filesystem::path path = requestedPath;
    if (std::filesystem::is_symlink(std::filesystem::symlink_status(requestedPath, linkError))) {
        path = std::filesystem::weakly_canonical(requestedPath, linkError);
        if (linkError)
            return fail(requestedPath.string(), "not saved: cannot resolve the link: " + linkError.message());
    }

    std::error_code error;
    const auto oldStatus = std::filesystem::status(path, error);
    const bool hadOldFile = !error && std::filesystem::is_regular_file(oldStatus);
    if (!error && std::filesystem::exists(oldStatus) && !hadOldFile)
        return fail(path.string(), "not saved: the path exists and is not a regular file");

    removeStaleTemporaries(path);   // what earlier saves that were killed left behind

    auto temporary = createTemporaryBeside(path, path);
    if (!temporary.ok())
        return temporary.error();
    Descriptor fd = std::move(temporary.value().first);   // holds the temporary's lock until it is renamed
    const std::filesystem::path temporaryPath = temporary.value().second;
    const auto abandon = [&](std::string message) -> Result<bool> {
        ::unlink(temporaryPath.c_str());
        return fail(path.string(), "not saved: " + message);
    };

    int writeError = writeAll(fd.get(), text);
    if (writeError == 0 && hadOldFile)
        ::fchmod(fd.get(), static_cast<mode_t>(oldStatus.permissions()) & 07777);  // keep the old file's mode
    if (writeError == 0 && ::fsync(fd.get()) != 0)
        writeError = errno;
    if (writeError != 0)
        return abandon("cannot write " + temporaryPath.string() + ": " + systemMessage(writeError));

    if (hadOldFile && backupPolicy == AtomicBackup::Keep) {
        std::filesystem::path backup = path;
        backup += ".bak";
        const Result<bool> kept = keepBackup(path, backup, static_cast<mode_t>(oldStatus.permissions()));
        if (!kept) {
            ::unlink(temporaryPath.c_str());
            return kept.error();
        }
    }

    if (::rename(temporaryPath.c_str(), path.c_str()) != 0)
        return abandon("cannot replace the file: " + systemMessage(errno));
    fd.close();   // the data is on disk (fsync above); the lock goes with it
    syncDirectoryOf(path);
    return true;
}

} // namespace murnau
