package io.tollgate.assessment;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decides an evidence file's type from its first bytes, never from its name or the client's content type:
 * PDF, PNG, JPEG, Office Open XML (XLSX, DOCX - ZIP containers) and plain text or CSV (valid UTF-8 without
 * control characters other than tab, CR and LF).
 */
public enum EvidenceType {
    PDF("application/pdf", ".pdf"),
    PNG("image/png", ".png"),
    JPEG("image/jpeg", ".jpg"),
    OFFICE_OPEN_XML("application/vnd.openxmlformats-officedocument", null),
    TEXT("text/plain; charset=utf-8", null);

    private final String contentType;
    private final String defaultExtension;

    EvidenceType(String contentType, String defaultExtension) {
        this.contentType = contentType;
        this.defaultExtension = defaultExtension;
    }

    public String contentType(String safeName) {
        if (this == OFFICE_OPEN_XML) {
            String lower = safeName.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".xlsx")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            if (lower.endsWith(".docx")) {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            return "application/zip";
        }
        if (this == TEXT && safeName.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        }
        return contentType;
    }

    public String defaultExtension() {
        return defaultExtension;
    }

    public static Optional<EvidenceType> detect(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (startsWith(content, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, new byte[]{'P', 'K', 0x03, 0x04}) && containsAscii(content, "[Content_Types].xml")) {
            return Optional.of(OFFICE_OPEN_XML);
        }
        if (isPlainText(content)) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** OOXML packages name [Content_Types].xml in a local file header near the start. */
    private static boolean containsAscii(byte[] content, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        int limit = Math.min(content.length, 64 * 1024) - n.length;
        for (int i = 0; i <= limit; i++) {
            if (Arrays.equals(content, i, i + n.length, n, 0, n.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlainText(byte[] content) {
        for (byte b : content) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
