package uk.co.welzo.klachten.command.complaint;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.ComplaintId;
import uk.co.welzo.klachten.api.ReferenceNumber;
import uk.co.welzo.klachten.api.complaint.CommunicationId;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.DepartmentManager;
import uk.co.welzo.klachten.api.complaint.InquiryId;
import uk.co.welzo.klachten.api.complaint.StageTwoReview;
import uk.co.welzo.klachten.api.complaint.command.AcknowledgeComplaint;
import uk.co.welzo.klachten.api.complaint.command.AcknowledgeEscalation;
import uk.co.welzo.klachten.api.complaint.command.AssignHandler;
import uk.co.welzo.klachten.api.complaint.command.CloseComplaint;
import uk.co.welzo.klachten.api.complaint.command.EraseComplainantData;
import uk.co.welzo.klachten.api.complaint.command.EscalateComplaint;
import uk.co.welzo.klachten.api.complaint.command.ExpectedVersion;
import uk.co.welzo.klachten.api.complaint.command.ExtendDeadline;
import uk.co.welzo.klachten.api.complaint.command.LodgeComplaint;
import uk.co.welzo.klachten.api.complaint.command.PlaceLegalHold;
import uk.co.welzo.klachten.api.complaint.command.RecategoriseComplaint;
import uk.co.welzo.klachten.api.complaint.command.RecordCustomerCommunication;
import uk.co.welzo.klachten.api.complaint.command.RecordDepartmentAnswer;
import uk.co.welzo.klachten.api.complaint.command.RecordExternalReferral;
import uk.co.welzo.klachten.api.complaint.command.RecordInvestigationNote;
import uk.co.welzo.klachten.api.complaint.command.ReleaseLegalHold;
import uk.co.welzo.klachten.api.complaint.command.RequestDepartmentInput;
import uk.co.welzo.klachten.api.complaint.command.ResolveComplaint;
import uk.co.welzo.klachten.api.complaint.command.SendLetter;
import uk.co.welzo.klachten.api.complaint.command.WithdrawComplaint;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.Acknowledge;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.AskDepartment;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.Assign;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.Close;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.Communication;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.Created;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.DepartmentAnswer;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.Erasure;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.Escalate;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.Extend;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.LegalHold;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.Lodge;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.Lodged;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.Note;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.Recategorise;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.Referral;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.Resolve;
import uk.co.welzo.klachten.command.complaint.ComplaintRequests.Withdraw;
import uk.co.welzo.klachten.platform.security.Roles;
import uk.co.welzo.klachten.platform.validation.IfMatch;

/**
 * The command API: one endpoint per step of the procedure, each answering once the events are stored. Every step on
 * an existing complaint takes an optional If-Match with the version the caller read, so that two people acting on one
 * complaint at once never lose the first one's change ({@link ExpectedVersions} checks it).
 */
@RestController
@RequestMapping("/api/complaints")
@Tag(name = "Complaint commands", description = "Lodge and handle complaints through the procedure (DOMAIN.md R1-R7)")
class ComplaintCommandController {

    static final String STAFF = "hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE')";
    static final String INVESTIGATORS = "hasAnyRole('AGENT','HEAD_OF_CUSTOMER_SERVICE','DEPARTMENT_MANAGER')";
    static final String DATA_PROTECTION_OFFICER = "hasRole('DATA_PROTECTION_OFFICER')";

    private final CommandGateway commands;

    ComplaintCommandController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('INTAKE','AGENT','HEAD_OF_CUSTOMER_SERVICE')")
    @ResponseStatus(HttpStatus.CREATED) // what the ResponseEntity answers; springdoc reads it from here
    @Operation(summary = "Lodge a complaint (R1, R2): answers its reference number and acknowledgement deadline is set")
    ResponseEntity<Lodged> lodge(@Valid @RequestBody Lodge body, Authentication who) {
        ComplaintId id = body.complaintId() == null ? ComplaintId.of(UUID.randomUUID().toString()) : ComplaintId.of(body.complaintId());
        var person = body.complainant();
        ReferenceNumber reference = commands.sendAndWait(new LodgeComplaint(id, body.channel(), body.category(),
                new Complainant(person.name(), person.email(), person.phone(), person.postalAddress()),
                body.description(), body.orderNumber(), body.product(), body.receivedAt(), actor(who)));
        return ResponseEntity.created(URI.create("/api/complaints/" + id)).body(new Lodged(id.value(), reference.value()));
    }

    @PostMapping("/{complaintId}/acknowledgement")
    @PreAuthorize(STAFF)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Acknowledge the complaint to the customer (R2); starts the stage-1 deadline (R3.4)")
    void acknowledge(@PathVariable ComplaintId complaintId, @Valid @RequestBody Acknowledge body, Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        send(new AcknowledgeComplaint(complaintId, body.channel(), body.occurredAt(), actor(who)), ifMatch);
    }

    @PutMapping("/{complaintId}/handler")
    @PreAuthorize(STAFF)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Assign or reassign the investigating team member (R3.1)")
    void assign(@PathVariable ComplaintId complaintId, @Valid @RequestBody Assign body, Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        send(new AssignHandler(complaintId, body.handler(), actor(who)), ifMatch);
    }

    @PutMapping("/{complaintId}/category")
    @PreAuthorize(STAFF)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Recategorise; the previous category stays on record (R1.2)")
    void recategorise(@PathVariable ComplaintId complaintId, @Valid @RequestBody Recategorise body, Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        send(new RecategoriseComplaint(complaintId, body.category(), body.reason(), actor(who)), ifMatch);
    }

    @PostMapping("/{complaintId}/notes")
    @PreAuthorize(INVESTIGATORS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record an investigation note (R3.1)")
    void note(@PathVariable ComplaintId complaintId, @Valid @RequestBody Note body, Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        send(new RecordInvestigationNote(complaintId, body.note(), actor(who)), ifMatch);
    }

    @PostMapping("/{complaintId}/department-requests")
    @PreAuthorize(INVESTIGATORS)
    @ResponseStatus(HttpStatus.CREATED) // what the ResponseEntity answers; springdoc reads it from here
    @Operation(summary = "Ask a department or third party for input (R3.2); answers the inquiry id")
    ResponseEntity<Created> askDepartment(@PathVariable ComplaintId complaintId, @Valid @RequestBody AskDepartment body,
                                          Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        InquiryId inquiryId = InquiryId.of(body.inquiryId() == null ? UUID.randomUUID().toString() : body.inquiryId());
        send(new RequestDepartmentInput(complaintId, inquiryId, body.department(), body.question(),
                body.occurredAt(), actor(who)), ifMatch);
        return ResponseEntity.created(URI.create("/api/complaints/" + complaintId + "/department-requests/" + inquiryId))
                .body(new Created(inquiryId.value()));
    }

    @PostMapping("/{complaintId}/department-requests/{inquiryId}/answer")
    @PreAuthorize(INVESTIGATORS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a department's answer (R3.2)")
    void answer(@PathVariable ComplaintId complaintId, @PathVariable InquiryId inquiryId,
                @Valid @RequestBody DepartmentAnswer body, Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        send(new RecordDepartmentAnswer(complaintId, inquiryId, body.answer(), body.occurredAt(), actor(who)), ifMatch);
    }

    @PostMapping("/{complaintId}/communications")
    @PreAuthorize(INVESTIGATORS)
    @ResponseStatus(HttpStatus.CREATED) // what the ResponseEntity answers; springdoc reads it from here
    @Operation(summary = "Record a communication with the customer: channel, direction, summary (R3.3)")
    ResponseEntity<Created> communicate(@PathVariable ComplaintId complaintId, @Valid @RequestBody Communication body,
                                        Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        CommunicationId communicationId = communicationId(body.communicationId());
        send(new RecordCustomerCommunication(complaintId, communicationId, body.channel(),
                body.direction(), body.summary(), body.occurredAt(), actor(who)), ifMatch);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(communicationId.value()));
    }

    @PostMapping("/{complaintId}/letters")
    @PreAuthorize(INVESTIGATORS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Send the customer the stage-1 outcome (findings, R3.3) or the final response (findings and "
            + "signposting, R4.5), written from its template; recorded as the communication it answers once sent. "
            + "Written before the resolution, its id is the one the resolution names (R3.3); the final response is the "
            + "reviewing manager's or the head's (R4.2)")
    ResponseEntity<Created> sendLetter(@PathVariable ComplaintId complaintId, @Valid @RequestBody ComplaintRequests.Letter body,
                                       Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        CommunicationId communicationId = communicationId(body.communicationId());
        send(new SendLetter(complaintId, communicationId, body.kind(), body.findings(), body.remedy(), body.signposting(),
                body.language() == null ? null : body.language().code(), actor(who), Roles.of(who)), ifMatch);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(communicationId.value()));
    }

    @PostMapping("/{complaintId}/resolution")
    @PreAuthorize(INVESTIGATORS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Resolve the current stage: outcome, remedy, root cause (R3.5), naming the communication that "
            + "told the customer the findings (R3.3); stage 2 is resolved by the manager it was forwarded to or the "
            + "head, states the manager's review (R4.2) and must signpost (R4.5)")
    void resolve(@PathVariable ComplaintId complaintId, @Valid @RequestBody Resolve body, Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        send(new ResolveComplaint(complaintId, body.outcome(), body.remedy(), body.rootCause(),
                body.customerSignposted(), CommunicationId.of(body.findingsCommunicationId()),
                body.review() == null ? null : new StageTwoReview(body.review().summary(), body.review().furtherAction()),
                body.occurredAt(), actor(who), Roles.of(who)), ifMatch);
    }

    @PostMapping("/{complaintId}/escalation")
    @PreAuthorize(STAFF)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Escalate at the customer's request after the stage-1 resolution, once (R4.1)")
    void escalate(@PathVariable ComplaintId complaintId, @Valid @RequestBody Escalate body, Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        send(new EscalateComplaint(complaintId, body.reason(), body.occurredAt(), actor(who)), ifMatch);
    }

    @PostMapping("/{complaintId}/escalation/acknowledgement")
    @PreAuthorize("hasRole('HEAD_OF_CUSTOMER_SERVICE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Head of Customer Service acknowledges the escalation and forwards it to a department manager, "
            + "named by user name (R4.2, R4.3)")
    void acknowledgeEscalation(@PathVariable ComplaintId complaintId,
                               @Valid @RequestBody ComplaintRequests.AcknowledgeEscalation body, Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        send(new AcknowledgeEscalation(complaintId,
                new DepartmentManager(body.managerUserName(), body.managerName(), body.department()), body.occurredAt(),
                actor(who), Roles.of(who)), ifMatch);
    }

    @PostMapping("/{complaintId}/deadline-extensions")
    @PreAuthorize(INVESTIGATORS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Extend the running resolution deadline, recording what the customer was told (R5)")
    void extend(@PathVariable ComplaintId complaintId, @Valid @RequestBody Extend body, Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        send(new ExtendDeadline(complaintId, body.newDeadline(), body.reason(),
                communicationId(body.communicationId()), body.channel(), body.summary(), body.occurredAt(), actor(who)), ifMatch);
    }

    @PostMapping("/{complaintId}/closure")
    @PreAuthorize(STAFF)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Close a resolved complaint: accepted, escalation window lapsed, or final response given")
    void close(@PathVariable ComplaintId complaintId, @Valid @RequestBody Close body, Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        send(new CloseComplaint(complaintId, body.reason(), body.occurredAt(), actor(who)), ifMatch);
    }

    @PostMapping("/{complaintId}/withdrawal")
    @PreAuthorize(STAFF)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record that the customer withdrew the complaint")
    void withdraw(@PathVariable ComplaintId complaintId, @Valid @RequestBody Withdraw body, Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        send(new WithdrawComplaint(complaintId, body.reason(), body.occurredAt(), actor(who)), ifMatch);
    }

    @PostMapping("/{complaintId}/external-referrals")
    @PreAuthorize(STAFF)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record that the complaint was referred to an independent body (R7.1)")
    void refer(@PathVariable ComplaintId complaintId, @Valid @RequestBody Referral body, Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        send(new RecordExternalReferral(complaintId, body.body(), body.occurredAt(), actor(who)), ifMatch);
    }

    @PostMapping("/{complaintId}/erasure")
    @PreAuthorize(DATA_PROTECTION_OFFICER)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Erase the complainant's personal data of an ended complaint on a lawful request (R8.2): the "
            + "case's facts stay, the person becomes unreadable everywhere; refused under a legal hold; again is a no-op")
    void erase(@PathVariable ComplaintId complaintId, @Valid @RequestBody Erasure body, Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        send(new EraseComplainantData(complaintId, body.ground(), body.requester(), body.requestReference(), actor(who),
                Roles.of(who)), ifMatch);
    }

    @PostMapping("/{complaintId}/legal-hold")
    @PreAuthorize(DATA_PROTECTION_OFFICER)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Place a legal hold (R8.2): the personal data is kept, by policy or request, until it is released")
    void placeLegalHold(@PathVariable ComplaintId complaintId, @Valid @RequestBody LegalHold body, Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        send(new PlaceLegalHold(complaintId, body.reason(), actor(who), Roles.of(who)), ifMatch);
    }

    @PostMapping("/{complaintId}/legal-hold/release")
    @PreAuthorize(DATA_PROTECTION_OFFICER)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Release the legal hold (R8.2): the retention clock runs again, moved on by the time it was held")
    void releaseLegalHold(@PathVariable ComplaintId complaintId, @Valid @RequestBody LegalHold body, Authentication who,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        send(new ReleaseLegalHold(complaintId, body.reason(), actor(who), Roles.of(who)), ifMatch);
    }

    /** Sends {@code command}, expecting the complaint at the version the If-Match names, if it names one. */
    private void send(Object command, String ifMatch) {
        Optional<Long> expected = IfMatch.version(ifMatch);
        commands.sendAndWait(expected.isEmpty() ? command
                : GenericCommandMessage.asCommandMessage(command).andMetaData(new ExpectedVersion(expected.get()).metaData()));
    }

    private static CommunicationId communicationId(String given) {
        return CommunicationId.of(given == null ? UUID.randomUUID().toString() : given);
    }

    private static Actor actor(Authentication who) {
        return new Actor(who.getName());
    }
}
