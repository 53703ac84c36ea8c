package uk.co.welzo.klachten.command.complaint;

import java.util.Objects;
import uk.co.welzo.klachten.api.Text;
import uk.co.welzo.klachten.api.complaint.command.LodgeComplaint;
import uk.co.welzo.klachten.api.complaint.event.ComplaintLodged;

/** Decides whether a repeated lodge command is a retry of the one that created the complaint. */
final class LodgingRequest {

    private LodgingRequest() {
    }

    static boolean isRetryOf(LodgeComplaint command, ComplaintLodged lodged) {
        return command.channel() == lodged.channel()
                && command.category() == lodged.category()
                && Objects.equals(command.complainant(), lodged.complainant())
                && Objects.equals(strip(command.description()), lodged.description())
                && Objects.equals(strip(command.orderNumber()), lodged.orderNumber())
                && Objects.equals(strip(command.product()), lodged.product())
                && (command.receivedAt() == null || command.receivedAt().equals(lodged.occurredAt()));
    }

    static String strip(String text) {
        return Text.isBlank(text) ? null : text.strip();
    }
}
