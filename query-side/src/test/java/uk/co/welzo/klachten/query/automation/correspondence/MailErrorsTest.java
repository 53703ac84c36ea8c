package uk.co.welzo.klachten.query.automation.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

class MailErrorsTest {

    @Test
    @DisplayName("#17: a mail server's refusal is described without the recipient's address it quotes")
    void hidesTheAddressAServerQuotes() {
        MailSendException refused = new MailSendException(Map.of(new Object(), new SendFailedException(
                "550 5.1.1 <ann.example@example.org>: Recipient address rejected: User unknown")));

        String described = MailErrors.describe(refused);

        assertThat(described).startsWith("MailSendException: ").contains("550 5.1.1", "Recipient address rejected")
                .contains(MailErrors.ADDRESS_HIDDEN).doesNotContain("ann.example", "example.org");
    }

    @Test
    @DisplayName("#17: an address JavaMail cannot parse is not quoted either")
    void hidesAnAddressJavaMailQuotes() {
        AddressException unparsable = new AddressException("Illegal address", "ann example@example.org");
        String described = MailErrors.describe(new MailPreparationException("the letter cannot be written as an e-mail: "
                + unparsable.getMessage() + " in string ``ann.example@example.org''", unparsable));

        assertThat(described).doesNotContain("example.org").contains("Illegal address");
    }

    @Test
    void keepsAMessageWithoutAddressesAsItWas() {
        assertThat(MailErrors.describe(new MailSendException("Mail server connection failed")))
                .isEqualTo("MailSendException: Mail server connection failed");
    }
}
