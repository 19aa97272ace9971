package io.tollgate.common;

/** Strong entity tags from version numbers, and If-Match parsing (RFC 9110 section 13.1.1). */
public final class ETags {
    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    public static boolean matches(String ifMatch, long version) {
        String expected = of(version);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(expected) || tag.equals(String.valueOf(version))) {
                return true;
            }
        }
        return false;
    }
}
