package uk.co.welzo.klachten.standalone;

import java.util.function.Supplier;

import org.h2.mvstore.MVStore;

/**
 * Makes everything committed before a call durable before the call returns, with concurrent callers sharing one sync
 * (group commit). A caller takes a ticket once its own commit is done. A sync covers every ticket taken before the
 * sync started, so the callers that queue while one sync runs are all covered by the next one. One fsync takes about
 * 5 ms on this project's disk, so group commit keeps eight concurrent writers from waiting for eight fsyncs in a row.
 * <p>
 * A failed sync fails every caller it was meant to cover: their writes are committed but perhaps not on disk, so none
 * of them may be acknowledged.
 */
final class GroupSync {

    private final Runnable sync;
    private long ticketsTaken;
    private long syncedThrough;
    private long failedThrough;
    private RuntimeException failure;
    private boolean syncing;

    /** @param sync writes what is committed and forces it to the storage device, throwing when it cannot */
    GroupSync(Runnable sync) {
        this.sync = sync;
    }

    /**
     * Syncs an H2 MVStore: what H2's {@code CHECKPOINT SYNC} does, plus the wait it leaves out. H2 2.3 (its sources:
     * {@code MVStore}, {@code FileStore}) keeps changes in memory and has a background writer store them to the file
     * up to a second later, without fsync. {@code MVStore.commit()} writes every change not yet stored, and waits
     * until it is written. But when the background writer has just taken the changes and is still writing them, the
     * commit finds nothing to store and returns at once; a fsync then could run before those changes reach the file.
     * {@code executeFilestoreOperation} waits for the writer's queue to drain. {@code MVStore.sync()} is the fsync
     * ({@code FileChannel.force(true)}). A failure to write or force closes the store, and every later write fails.
     */
    static GroupSync forcing(Supplier<MVStore> store) {
        return new GroupSync(() -> {
            MVStore mvStore = store.get();
            mvStore.commit();
            mvStore.executeFilestoreOperation(() -> { });
            mvStore.sync();
        });
    }

    /** Returns once everything committed before this call is durable; throws when the sync failed. */
    void awaitDurable() {
        long covers;
        synchronized (this) {
            long ticket = ++ticketsTaken;
            while (syncedThrough < ticket) {
                if (failedThrough >= ticket) {
                    throw new IllegalStateException("committed, not made durable: " + failure.getMessage(), failure);
                }
                if (!syncing) {
                    break;
                }
                waitForTheRunningSync();
            }
            if (syncedThrough >= ticket) {
                return;
            }
            syncing = true;
            covers = ticketsTaken;
        }
        RuntimeException failed = null;
        try {
            sync.run();
        } catch (RuntimeException e) {
            failed = e;
        }
        synchronized (this) {
            syncing = false;
            if (failed == null) {
                syncedThrough = covers;
            } else {
                failedThrough = covers;
                failure = failed;
            }
            notifyAll();
        }
        if (failed != null) {
            throw failed;
        }
    }

    private void waitForTheRunningSync() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before the commit was known to be durable", e);
        }
    }
}
