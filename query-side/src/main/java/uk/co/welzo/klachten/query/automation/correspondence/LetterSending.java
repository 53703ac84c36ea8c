package uk.co.welzo.klachten.query.automation.correspondence;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the letter sender every few seconds unless an operator turns it off
 * ({@code klachten.letters.sending-enabled=false}); the schedule lives here, not on the sender, so turning it off
 * holds even while another process of the module enables scheduling.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "klachten.letters.sending-enabled", havingValue = "true", matchIfMissing = true)
class LetterSending {

    private final LetterSender sender;

    LetterSending(LetterSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${klachten.letters.send-interval:PT5S}",
            initialDelayString = "${klachten.letters.send-initial-delay:PT10S}")
    void sendDue() {
        sender.sendDue();
    }
}
