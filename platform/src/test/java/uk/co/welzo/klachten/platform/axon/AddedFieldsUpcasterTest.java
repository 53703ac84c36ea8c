package uk.co.welzo.klachten.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import uk.co.welzo.klachten.api.complaint.event.EscalationAcknowledged;

class AddedFieldsUpcasterTest {

    private final ObjectMapper json = new ObjectMapper();
    private final AddedFieldsUpcaster upcaster = new AddedFieldsUpcaster(EscalationAcknowledged.class, "1", "2",
            "reference", "departmentManager.userName");

    @Test
    void addsEachMissingFieldAsNullAtItsPathAndKeepsWhatWasStored() throws Exception {
        JsonNode stored = json.readTree("""
                {"complaintId":"c-1","departmentManager":{"name":"Dee","department":"Logistics"}}""");

        JsonNode read = upcaster.added(stored);

        assertThat(read.toString()).isEqualTo("""
                {"complaintId":"c-1","departmentManager":{"name":"Dee","department":"Logistics","userName":null},\
                "reference":null}""");
        assertThat(stored.toString()).as("the stored form is not touched").doesNotContain("userName");
    }

    @Test
    void leavesAFieldThatIsThereAndAnObjectThatIsNot() throws Exception {
        JsonNode read = upcaster.added(json.readTree("""
                {"reference":"Q1N-19Y-8PN","departmentManager":null}"""));

        assertThat(read.toString()).isEqualTo("""
                {"reference":"Q1N-19Y-8PN","departmentManager":null}""");
    }
}
