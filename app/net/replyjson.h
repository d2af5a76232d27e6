#pragma once
// Internal helper of the net jobs: a decoded reply -> a domain value through the shared codecs. A reply
// that does not match the expected shape becomes an Internal "bad_reply" error naming the field.

#include "domain/codec.h"
#include "net/apiresponse.h"
#include "net/replydecoder.h"

namespace gd {

template <typename T> Result<T> decodeReplyAs(const Result<ApiResponse> &reply)
{
    if (!reply)
        return reply.error();
    Result<T> value = fromJson<T>(reply->json);
    if (!value)
        return ReplyDecoder::badReply(value.error().message);
    return value;
}

} // namespace gd
