#!/bin/bash
# Drives the previous release (848459d) through every step the API offers, so its event store holds events of
# every kind the release wrote, as it wrote them.
set -e
B=http://localhost:8080/api/complaints
j() { curl -sf -u "$1" -H 'Content-Type: application/json' "${@:2}"; echo; }
j intake:demo $B -d '{
  "complaintId":"c-1001","channel":"LETTER","category":"PRODUCT_DEFECT",
  "complainant":{"name":"Ann Example","email":"ann@example.org","phone":"+44 20 7946 0000"},
  "description":"The blood-pressure monitor arrived broken","product":"BP monitor","orderNumber":"ORD-1001",
  "receivedAt":"'$(date -u -d yesterday +%Y-%m-%dT10:00:00Z)'"}'
j agent:demo $B/c-1001/acknowledgement -d '{"channel":"EMAIL"}'
j agent:demo -X PUT $B/c-1001/handler -d '{"handler":"agent"}'
j agent:demo -X PUT $B/c-1001/category -d '{"category":"OTHER","reason":"It broke in transit, not a defect"}'
j agent:demo $B/c-1001/notes -d '{"note":"Called the courier: the box was crushed"}'
j agent:demo $B/c-1001/department-requests -d '{"inquiryId":"wh-1","department":"WAREHOUSE_MANAGEMENT","question":"Was the parcel damaged in packing?"}'
j agent:demo $B/c-1001/department-requests/wh-1/answer -d '{"answer":"Packed without padding"}'
j agent:demo $B/c-1001/deadline-extensions -d '{"newDeadline":"'$(date -d '+20 days' +%F)'","reason":"Awaiting the courier report","communicationId":"m-ext-1","channel":"EMAIL","summary":"Progress update, reason for delay and new date"}'
j agent:demo $B/c-1001/communications -d '{"communicationId":"m-1","channel":"PHONE","direction":"OUTBOUND","summary":"Explained findings, offered a refund"}'
j agent:demo $B/c-1001/resolution -d '{"outcome":"PARTLY_UPHELD","remedy":"Refund of the monitor","rootCause":"packaging","customerSignposted":false}'
j agent:demo $B/c-1001/letters -d '{"communicationId":"m-2","kind":"STAGE_ONE_OUTCOME","findings":"The monitor was packed without padding."}'
j agent:demo $B/c-1001/escalation -d '{"reason":"Wants a replacement too"}'
j head:demo $B/c-1001/escalation/acknowledgement -d '{"managerName":"Morgan Price","department":"Warehouse"}'
j manager:demo $B/c-1001/resolution -d '{"outcome":"UPHELD","remedy":"Replacement sent","rootCause":"supplier defect","customerSignposted":true}'
j manager:demo $B/c-1001/letters -d '{"communicationId":"m-3","kind":"FINAL_RESPONSE","findings":"A replacement is due.","signposting":"You may contact Citizens Advice."}'
j agent:demo $B/c-1001/external-referrals -d '{"body":"Citizens Advice"}'
j agent:demo $B/c-1001/closure -d '{"reason":"FINAL_RESPONSE_GIVEN"}'
# a second complaint by the web form, acknowledged by the service itself, then withdrawn
j intake:demo $B -d '{"complaintId":"c-1002","channel":"WEB_FORM","category":"SERVICE",
  "complainant":{"name":"Bob Example","email":"bob@example.org"},"description":"Nobody called me back"}'
sleep 3
j agent:demo $B/c-1002/withdrawal -d '{"reason":"Sorted out on the phone"}'
# a third, left open at stage 1 after its acknowledgement
j intake:demo $B -d '{"complaintId":"c-1003","channel":"PHONE","category":"SERVICE",
  "complainant":{"name":"Cy Example","phone":"+44 20 7946 0001"},"description":"Rude on the phone"}'
j agent:demo $B/c-1003/acknowledgement -d '{"channel":"PHONE"}'
j agent:demo -X PUT $B/c-1003/handler -d '{"handler":"agent"}'
