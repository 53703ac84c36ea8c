package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ReferenceNumber;

/** Issues candidate reference numbers; the event store's uniqueness of aggregate ids makes them unique (R2.2). */
public interface ReferenceNumbers {

    ReferenceNumber next();
}
