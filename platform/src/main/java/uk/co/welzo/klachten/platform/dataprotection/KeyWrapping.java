package uk.co.welzo.klachten.platform.dataprotection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a key store keeps a subject's key: wrapped (AES-256-GCM, JDK) under a key derived from the {@link MasterKey},
 * with the subject as associated data, so a copy of the stored keys alone decrypts nothing and a wrapped key moved to
 * another subject does not unwrap. Every key store writes the same form, so keys can move between stores as they are.
 */
public final class KeyWrapping {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] wrappingKey;

    public KeyWrapping(MasterKey master) {
        this.wrappingKey = master.derive("klachten/key-wrap/v1");
    }

    /** A new key for {@code subject}, not stored anywhere yet. */
    public SubjectKey generate(String subject) {
        return SubjectKey.generate(subject);
    }

    /** The key as a store keeps it: nonce, then the sealed key and its tag. */
    public byte[] wrap(SubjectKey key) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(wrappingKey, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(associatedData(key.subject()));
            byte[] sealed = cipher.doFinal(key.material());
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed", e);
        }
    }

    /** The subject's key from its stored form; fails when it was wrapped under another master key or altered. */
    public SubjectKey unwrap(String subject, byte[] wrapped) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(wrappingKey, "AES"), new GCMParameterSpec(128, wrapped, 0, 12));
            cipher.updateAAD(associatedData(subject));
            return new SubjectKey(subject, cipher.doFinal(wrapped, 12, wrapped.length - 12));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key of subject " + subject
                    + " does not unwrap: the key store was written under another master key, or altered", e);
        }
    }

    private static byte[] associatedData(String subject) {
        return ("klachten/key/v1\u0000" + subject).getBytes(StandardCharsets.UTF_8);
    }
}
