#include "handedit.h"

#include "secrets.h"

namespace EdgeShift {

HandEditReading readHandEdit(std::string_view text, const Json &shown)
{
    HandEditReading reading;
    JsonReadOptions options;
    options.comments = false;
    JsonReadResult parsed = readJson(text, options);
    if (parsed.error) {
        reading.error = HandEditReading::Error::Json;
        reading.json = *parsed.error;
        return reading;
    }
    if (!parsed.value.is_object()) {
        reading.error = HandEditReading::Error::NotAnObject;
        return reading;
    }
    reading.value = restoreSecrets(parsed.value, shown);
    // A mask left where no secret was shown, or one whose secret cannot be told any more.
    if (containsMask(reading.value) && !containsMask(shown)) {
        reading.error = HandEditReading::Error::SecretChanged;
        reading.value = Json();
    }
    return reading;
}

} // namespace EdgeShift
