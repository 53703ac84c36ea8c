package uk.co.welzo.klachten.platform.dataprotection;

import com.mongodb.client.MongoDatabase;

/**
 * A MongoDB database a deployment provides for the key store alone, when it runs one of its own (the embedded default:
 * an in-process server on its own file, so a key's sync to disk does not wait for the read models' pages, and the
 * keys' file is backed up apart from them). Without one, the key store is reached as {@link DataProtectionKeysConfiguration} says.
 */
@FunctionalInterface
public interface KeyStoreDatabase {

    MongoDatabase database();
}
