package uk.co.welzo.klachten.web.form;

import uk.co.welzo.klachten.api.complaint.Category;

/**
 * What the public form sends, as typed. The complaint id is chosen when the form is shown, so sending the same form
 * twice lodges one complaint. {@code website} is the honeypot: hidden from people, filled in by bots.
 */
public class ComplaintForm {

    private String complaintId;
    private String name;
    private String email;
    private String phone;
    private String orderNumber;
    private String product;
    private Category category;
    private String description;
    private ContactPreference contactBy;
    private String website;

    public String getComplaintId() {
        return complaintId;
    }

    public void setComplaintId(String complaintId) {
        this.complaintId = complaintId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ContactPreference getContactBy() {
        return contactBy;
    }

    public void setContactBy(ContactPreference contactBy) {
        this.contactBy = contactBy;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
