#pragma once
// Internal helper of LoginJob and RefreshJob: a reply -> AuthTokens, rejecting a reply without an
// access token or with a token type other than Bearer (an Internal "bad_reply" error).

#include "domain/staff.h"
#include "net/replyjson.h"

namespace gd {

inline Result<AuthTokens> decodeTokenReply(const Result<ApiResponse> &reply)
{
    Result<AuthTokens> tokens = decodeReplyAs<AuthTokens>(reply);
    if (!tokens)
        return tokens;
    if (tokens->accessToken.isEmpty() || tokens->refreshToken.isEmpty())
        return ReplyDecoder::badReply(QStringLiteral("the tokens are empty"));
    if (tokens->tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return ReplyDecoder::badReply(QStringLiteral("token_type is not Bearer"));
    return tokens;
}

} // namespace gd
