#pragma once
// The exit codes of the govdesk executable (also listed in --help).

namespace gd {

enum ExitCode : int {
    ExitOk = 0,              // normal end; or the screenshot was written
    ExitSignInFailed = 1,    // --screenshot: signing in failed (message on stderr)
    ExitUsage = 2,           // invalid command line, or the password file cannot be read
    ExitScreenshotFailed = 3 // --screenshot: the PNG could not be written
};

} // namespace gd
