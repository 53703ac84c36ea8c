package uk.co.welzo.klachten.platform.dataprotection;

/**
 * A key store a deployment provides itself, used when no {@code klachten.data-protection.key-store.uri} is set: the
 * embedded default keeps the keys in a table of its event store's database, written in the same transaction as the
 * first event they encrypt, so one sync to disk covers both. Without one, the key store is reached as
 * {@link DataProtectionKeysConfiguration} says.
 */
@FunctionalInterface
public interface DeploymentKeyStore {

    /** The store, keeping keys in the form {@code wrapping} gives them. */
    SubjectKeys open(KeyWrapping wrapping);
}
