package uk.co.welzo.klachten.standalone;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded read-model server stores documents and index keys in H2: as BSON, the bytes MongoDB itself stores
 * and the wire carries, instead of the stock backend's Java serialization.
 * <p>
 * H2 writes a whole page again whenever one entry of it changes, and the store is committed before every
 * tracking-token write ({@link OrderedIndexH2Backend}), so a busy page is written many times a second. With Java
 * serialization (a new {@code ObjectOutputStream} and its class descriptors for every document and every index key)
 * that was a tenth of the service's CPU under a steady load of lodges, and reading pages back a few per cent more
 * (profile of #19). mongo-java-server's own BSON encoder and decoder are the ones that answer every query, so a
 * document comes back with exactly the values a client would have read.
 * <p>
 * Files written before keep their entries in Java serialization: those are still read (H2's tags never take this
 * type's two values), and each is written as BSON the next time its page is written, so the upgrade needs no rebuild.
 * Anything else (a plain id, or a key holding a value BSON has no type for) is stored as H2's generic type stores it.
 */
class BsonValueType extends ObjectDataType {

    /** Tags H2's generic type never writes (its own end at 119). */
    static final byte DOCUMENT = 126;
    static final byte INDEX_KEY = 125;

    private static final String KEY_VALUES = "k";

    /** A running estimate of an entry's size in memory, as H2's generic type keeps one for what it serializes. */
    private volatile int averageMemory = 256;

    @Override
    public void write(WriteBuffer buffer, Object value) {
        byte tag;
        Document bson;
        if (value instanceof Document document) {
            tag = DOCUMENT;
            bson = document;
        } else if (value instanceof KeyValue key) {
            tag = INDEX_KEY;
            bson = new Document(KEY_VALUES, key.stream().toList());
        } else {
            super.write(buffer, value);
            return;
        }
        ByteBuf bytes = Unpooled.buffer(averageMemory / 2);
        try {
            try {
                BsonEncoder.encodeDocument(bson, bytes);
            } catch (RuntimeException noBsonType) {
                // e.g. a sparse index's key of a missing field: H2 serializes it as it always did
                super.write(buffer, value);
                return;
            }
            int length = bytes.readableBytes();
            buffer.put(tag).putVarInt(length).put(bytes.array(), bytes.arrayOffset() + bytes.readerIndex(), length);
            averageMemory = (averageMemory * 15 + length * 2) / 16;
        } finally {
            bytes.release();
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        byte tag = buffer.get(buffer.position());
        if (tag != DOCUMENT && tag != INDEX_KEY) {
            return super.read(buffer);
        }
        buffer.get();
        int length = DataUtils.readVarInt(buffer);
        Document bson = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(buffer.slice(buffer.position(), length)));
        buffer.position(buffer.position() + length);
        if (tag == DOCUMENT) {
            return bson;
        }
        return new KeyValue(new ArrayList<>((List<?>) bson.get(KEY_VALUES)));
    }

    /**
     * What a read document or key takes on the heap, as H2's cache counts it against its size
     * ({@code klachten.embedded-mongo.cache-mb}). The running average of written sizes this used to give knew nothing of
     * a store only read since start-up (256 bytes each) and counted BSON bytes, not the maps and strings they decode
     * to: at 1,000,000 events the 256 MB cache held about 1.2 GB of documents, and the service could not start in a
     * 640 MB heap. So each value is measured: a rough count of the objects it is made of.
     */
    @Override
    public int getMemory(Object value) {
        return value instanceof Document || value instanceof KeyValue ? (int) Math.min(Integer.MAX_VALUE, heapBytes(value))
                : super.getMemory(value);
    }

    /** About what the JVM spends on a decoded value: entry and header sizes of a 64-bit JVM with compressed pointers. */
    static long heapBytes(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof Map<?, ?> map) {
            long bytes = 56 + 8L * Math.max(16, Integer.highestOneBit(Math.max(1, map.size() * 4 / 3)) * 2);
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += 40 + heapBytes(entry.getKey()) + heapBytes(entry.getValue());
            }
            return bytes;
        }
        if (value instanceof KeyValue key) {
            return 16 + heapBytes(key.stream().toList());
        }
        if (value instanceof Collection<?> values) {
            long bytes = 40 + 4L * values.size();
            for (Object element : values) {
                bytes += heapBytes(element);
            }
            return bytes;
        }
        if (value instanceof String text) {
            return 40 + text.length();
        }
        if (value instanceof byte[] bytes) {
            return 16 + bytes.length;
        }
        return 24; // a boxed number, boolean, instant, date, id
    }
}
