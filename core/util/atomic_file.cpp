// Atomic file replacement with POSIX calls: exclusive temporary file, fsync, backup, rename.

#include "core/util/atomic_file.h"

#include <cerrno>
#include <random>
#include <string>
#include <system_error>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace murnau {

namespace {

std::string systemMessage(int error)
{
    return std::error_code(error, std::generic_category()).message();
}

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

// A temporary file next to `path`, created exclusively: "<path>.tmp-a1b2c3".
Result<std::pair<int, std::filesystem::path>> createTemporaryBeside(const std::filesystem::path& path)
{
    static constexpr std::string_view kAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::random_device entropy;
    std::mt19937 generator(entropy());
    std::uniform_int_distribution<std::size_t> pick(0, kAlphabet.size() - 1);
    int lastError = 0;
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string suffix = ".tmp-";
        for (int i = 0; i < 6; ++i)
            suffix += kAlphabet[pick(generator)];
        std::filesystem::path candidate = path;
        candidate += suffix;
        const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0)
            return std::pair{fd, candidate};
        lastError = errno;
        if (lastError != EEXIST)
            break;
    }
    return fail(path.string(), "not saved: cannot create a temporary file beside it: " + systemMessage(lastError));
}

void syncDirectoryOf(const std::filesystem::path& path)
{
    std::filesystem::path directory = path.parent_path();
    if (directory.empty())
        directory = ".";
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);  // best effort: the rename is already done and visible
        ::close(fd);
    }
}

} // namespace

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

    auto temporary = createTemporaryBeside(path);
    if (!temporary.ok())
        return temporary.error();
    const int fd = temporary.value().first;
    const std::filesystem::path temporaryPath = temporary.value().second;
    const auto abandon = [&](std::string message) -> Result<bool> {
        ::unlink(temporaryPath.c_str());
        return fail(path.string(), "not saved: " + message);
    };

    int writeError = writeAll(fd, text);
    if (writeError == 0 && hadOldFile)
        ::fchmod(fd, static_cast<mode_t>(oldStatus.permissions()) & 07777);  // keep the old file's mode
    if (writeError == 0 && ::fsync(fd) != 0)
        writeError = errno;
    if (::close(fd) != 0 && writeError == 0)
        writeError = errno;
    if (writeError != 0)
        return abandon("cannot write " + temporaryPath.string() + ": " + systemMessage(writeError));

    if (hadOldFile && backupPolicy == AtomicBackup::Keep) {
        std::filesystem::path backup = path;
        backup += ".bak";
        std::filesystem::copy_file(path, backup, std::filesystem::copy_options::overwrite_existing, error);
        if (error)
            return abandon("cannot keep the previous version as " + backup.string() + ": " + error.message());
    }

    if (::rename(temporaryPath.c_str(), path.c_str()) != 0)
        return abandon("cannot replace the file: " + systemMessage(errno));
    syncDirectoryOf(path);
    return true;
}

} // namespace murnau
