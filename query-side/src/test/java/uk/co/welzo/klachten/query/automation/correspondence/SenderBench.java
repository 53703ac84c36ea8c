package uk.co.welzo.klachten.query.automation.correspondence;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.co.welzo.klachten.api.complaint.command.RecordCustomerCommunication;
import uk.co.welzo.klachten.api.complaint.query.ComplaintView;
import uk.co.welzo.klachten.api.complaint.query.FindComplaint;

/**
 * What the sender and the post room talk to in their tests: real Axon buses whose case views are the test's
 * ({@link #views}) and whose command side records what arrives ({@link #recorded}), or refuses the next
 * {@link #refuseRecords} records as a command side that is away would; and a mail client for an SMTP server on this
 * machine.
 */
final class SenderBench {

    static final String FROM = "customer.service@welzo.co.uk";

    final Map<String, ComplaintView> views = new HashMap<>();
    final List<RecordCustomerCommunication> recorded = new ArrayList<>();
    int refuseRecords;
    final QueryGateway queries;
    final CommandGateway commands;

    SenderBench() {
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new CaseViews()).subscribe(queryBus);
        queries = DefaultQueryGateway.builder().queryBus(queryBus).build();
        SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
        commandBus.subscribe(RecordCustomerCommunication.class.getName(), message -> {
            if (refuseRecords > 0) {
                refuseRecords--;
                throw new IllegalStateException("the command side is away");
            }
            recorded.add((RecordCustomerCommunication) message.getPayload());
            return null;
        });
        commands = DefaultCommandGateway.builder().commandBus(commandBus).build();
    }

    /** A mail client for the SMTP server on {@code port} of this machine, giving up within seconds. */
    static JavaMailSenderImpl mailTo(int port) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        Properties timeouts = new Properties();
        timeouts.put("mail.smtp.connectiontimeout", "2000");
        timeouts.put("mail.smtp.timeout", "2000");
        mail.setJavaMailProperties(timeouts);
        return mail;
    }

    /** The sender as the application has it, with a mail server ({@code mail}) or without one (null). */
    LetterSender sender(MongoTemplate mongo, JavaMailSender mail, Clock clock, int maxAttempts) {
        return sender(mongo, mail, clock, maxAttempts, 50);
    }

    /** The same, claiming {@code batchSize} letters per batch. */
    LetterSender sender(MongoTemplate mongo, JavaMailSender mail, Clock clock, int maxAttempts, int batchSize) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        if (mail != null) {
            beans.registerSingleton("mailSender", mail);
        }
        return new LetterSender(new Outbox(mongo), queries, commands, SampleCases.templates(),
                new StaffNotices(SampleCases.STAFF, SampleCases.LONDON), beans.getBeanProvider(JavaMailSender.class),
                clock, new LetterSender.Settings(FROM, maxAttempts, Duration.ofMinutes(1), Duration.ofHours(1),
                        Duration.ofMinutes(2), batchSize));
    }

    /** The cases read model's answer. */
    class CaseViews {
        @QueryHandler
        Optional<ComplaintView> handle(FindComplaint query) {
            return Optional.ofNullable(views.get(query.complaintId().value()));
        }
    }
}
