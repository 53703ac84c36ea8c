package uk.co.welzo.klachten.command.complaint;

import uk.co.welzo.klachten.api.ErrorCode;

/** A communication id names one recorded communication (R3.3). */
public class CommunicationIdAlreadyUsed extends ComplaintRuleBroken {

    public CommunicationIdAlreadyUsed(String communicationId) {
        super(ErrorCode.COMMUNICATION_ID_ALREADY_USED, "communication " + communicationId + " was already recorded with different details");
    }
}
