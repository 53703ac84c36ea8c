package uk.co.welzo.klachten.query.automation.correspondence;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
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
    private final Duration budget;

    LetterSending(LetterSender sender, @Value("${klachten.letters.send-budget:PT1S}") Duration budget) {
        this.sender = sender;
        this.budget = budget;
    }

    @Scheduled(fixedDelayString = "${klachten.letters.send-interval:PT1S}",
            initialDelayString = "${klachten.letters.send-initial-delay:PT10S}")
    void sendDue() {
        sender.sendAllDue(budget);
    }
}
