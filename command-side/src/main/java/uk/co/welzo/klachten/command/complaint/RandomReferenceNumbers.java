package uk.co.welzo.klachten.command.complaint;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;
import uk.co.welzo.klachten.api.ReferenceNumber;

/** Random references from 32^8 (about 10^12) values: unguessable, so a reference alone reveals nothing about volumes. */
@Component
class RandomReferenceNumbers implements ReferenceNumbers {

    private final SecureRandom random = new SecureRandom();

    @Override
    public ReferenceNumber next() {
        return ReferenceNumber.random(random);
    }
}
