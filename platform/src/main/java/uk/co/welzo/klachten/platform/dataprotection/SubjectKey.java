package uk.co.welzo.klachten.platform.dataprotection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One data subject's key (AES-256): it encrypts each personal text of the subject with AES-GCM (JDK, a fresh 96-bit
 * nonce per text, 128-bit tag) and keys the event chain's digests of them. The associated data binds each ciphertext
 * to its subject and its place in the event, so a ciphertext moved to another person or field does not decrypt.
 * Erasing the key (crypto-shredding) makes every ciphertext and every digest of the subject meaningless.
 */
public final class SubjectKey {

    /** What every encrypted text starts with: the format's version. */
    public static final String TOKEN_PREFIX = "pd1:";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String subject;
    private final byte[] key;
    private final byte[] digestKey;

    SubjectKey(String subject, byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("a subject key is 256 bits");
        }
        this.subject = subject;
        this.key = key.clone();
        this.digestKey = hmac(key, "klachten/chain-digest/v1".getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh random key for {@code subject}. */
    static SubjectKey generate(String subject) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new SubjectKey(subject, key);
    }

    public String subject() {
        return subject;
    }

    byte[] material() {
        return key.clone();
    }

    /** True when {@code text} is one of these tokens (of any subject). */
    public static boolean isToken(String text) {
        return text != null && text.startsWith(TOKEN_PREFIX);
    }

    /** {@code plaintext}, found at {@code path} of the subject's event, encrypted to a token. */
    public String encrypt(String path, String plaintext) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(path));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    /** The plaintext of {@code token}; fails when it was not made by this key for this path (altered or moved). */
    public String decrypt(String path, String token) throws GeneralSecurityException {
        if (!isToken(token)) {
            throw new GeneralSecurityException("not an encrypted text");
        }
        byte[] sealed;
        try {
            sealed = Base64.getUrlDecoder().decode(token.substring(TOKEN_PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new GeneralSecurityException("not an encrypted text", notBase64);
        }
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new GeneralSecurityException("an encrypted text too short to be one");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
        cipher.updateAAD(associatedData(path));
        return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
    }

    /** The keyed digest of one personal value, for the event chain (HMAC-SHA256 under a key derived from this one). */
    public String digest(String text) {
        byte[] mac = hmac(digestKey, text.getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder(mac.length * 2);
        for (byte b : mac) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }

    private byte[] associatedData(String path) {
        return ("klachten/pd/v1\u0000" + subject + "\u0000" + path).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JVM has HmacSHA256", impossible);
        }
    }

    @Override
    public String toString() {
        return "SubjectKey[" + subject + ", hidden]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SubjectKey that && subject.equals(that.subject) && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return subject.hashCode();
    }
}
