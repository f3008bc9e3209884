<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA" sourcelanguage="en">
    <context>
        <name>AccountModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>Owed</translation>
        </message>
    </context>
    <context>
        <name>AccountPanel</name>
        <message>
            <source>Working out the statement of account</source>
            <translation>Working out the statement of account</translation>
        </message>
        <message>
            <source>Opening &amp;balance…</source>
            <translation>Opening &amp;balance…</translation>
        </message>
        <message>
            <source>Record what the member owed the group, or the group owed them, when the group started keeping its accounts in Partage</source>
            <translation>Record what the member owed the group, or the group owed them, when the group started keeping its accounts in Partage</translation>
        </message>
        <message>
            <source>Print / Save as P&amp;DF…</source>
            <translation>Print / Save as P&amp;DF…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <source>Statement of account</source>
            <translation>Statement of account</translation>
        </message>
        <message>
            <source>Select a member to see their statement of account.</source>
            <translation>Select a member to see their statement of account.</translation>
        </message>
        <message>
            <source>Statement of account of {name}</source>
            <translation>Statement of account of {name}</translation>
        </message>
        <message>
            <source>Working out the statement of account…</source>
            <translation>Working out the statement of account…</translation>
        </message>
        <message>
            <source>Owed before the period</source>
            <translation>Owed before the period</translation>
        </message>
        <message>
            <source>{member} owes {amount} on {day}.</source>
            <translation>{member} owes {amount} on {day}.</translation>
        </message>
        <message>
            <source>The group owes {member} {amount} on {day}.</source>
            <translation>The group owes {member} {amount} on {day}.</translation>
        </message>
        <message>
            <source>{member} owes nothing on {day}.</source>
            <translation>{member} owes nothing on {day}.</translation>
        </message>
        <message>
            <source>Drawing the statement of account</source>
            <translation>Drawing the statement of account</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>The PDF could not be written to {file}: {reason}</source>
            <translation>The PDF could not be written to {file}: {reason}</translation>
        </message>
        <message>
            <source>Save the statement of account</source>
            <translation>Save the statement of account</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>Opening</source>
            <translation>Opening</translation>
        </message>
        <message>
            <source>Opening {file}…</source>
            <translation>Opening {file}…</translation>
        </message>
        <message>
            <source>Local copy</source>
            <translation>Local copy</translation>
        </message>
        <message>
            <source>Copying the database to this computer…</source>
            <translation>Copying the database to this computer…</translation>
        </message>
        <message>
            <source>You now work on a copy on this computer:
{copy}</source>
            <translation>You now work on a copy on this computer:
{copy}</translation>
        </message>
        <message>
            <source>The file in the cloud folder was left as it is. Nobody else sees the changes you make to this copy.</source>
            <translation>The file in the cloud folder was left as it is. Nobody else sees the changes you make to this copy.</translation>
        </message>
        <message>
            <source>Backed up</source>
            <translation>Backed up</translation>
        </message>
        <message>
            <source>see the log file, {path}</source>
            <translation>see the log file, {path}</translation>
        </message>
        <message>
            <source>The automatic backup failed: {reason}</source>
            <translation>The automatic backup failed: {reason}</translation>
        </message>
        <message>
            <source>Demo</source>
            <translation>Demo</translation>
        </message>
        <message>
            <source>Creating the demo database…</source>
            <translation>Creating the demo database…</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Backing up the database…</translation>
        </message>
        <message>
            <source>Backup done</source>
            <translation>Backup done</translation>
        </message>
        <message>
            <source>The database was backed up to:
{path}</source>
            <translation>The database was backed up to:
{path}</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Put the database back as it was on {date}? Everything changed since then is replaced; the database as it is now is backed up first.</source>
            <translation>Put the database back as it was on {date}? Everything changed since then is replaced; the database as it is now is backed up first.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Checking that nobody else has the database open, then restoring…</source>
            <translation>Checking that nobody else has the database open, then restoring…</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <source>The database is back as it was on {date}.</source>
            <translation>The database is back as it was on {date}.</translation>
        </message>
        <message>
            <source>The database as it was just before is kept in:
{path}</source>
            <translation>The database as it was just before is kept in:
{path}</translation>
        </message>
    </context>
    <context>
        <name>AssetDialog</name>
        <message>
            <source>New asset</source>
            <translation>New asset</translation>
        </message>
        <message>
            <source>Asset — {name}</source>
            <translation>Asset — {name}</translation>
        </message>
        <message>
            <source>Purchase date</source>
            <translation>Purchase date</translation>
        </message>
        <message>
            <source>How this asset's costs are shared between members, unless a cost says otherwise.</source>
            <translation>How this asset's costs are shared between members, unless a cost says otherwise.</translation>
        </message>
        <message>
            <source>Re&amp;cover the purchase over</source>
            <translation>Re&amp;cover the purchase over</translation>
        </message>
        <message>
            <source> months</source>
            <translation> months</translation>
        </message>
        <message>
            <source>Months to recover the purchase over</source>
            <translation>Months to recover the purchase over</translation>
        </message>
        <message>
            <source>The purchase price is shared as a cost spread over these months.</source>
            <translation>The purchase price is shared as a cost spread over these months.</translation>
        </message>
        <message>
            <source>Members can &amp;book it</source>
            <translation>Members can &amp;book it</translation>
        </message>
        <message>
            <source>Shortest booking</source>
            <translation>Shortest booking</translation>
        </message>
        <message>
            <source>Longest booking</source>
            <translation>Longest booking</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Opening hours</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>Ca&amp;tegory:</source>
            <translation>Ca&amp;tegory:</translation>
        </message>
        <message>
            <source>&amp;Location:</source>
            <translation>&amp;Location:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <source>Purchase d&amp;ate:</source>
            <translation>Purchase d&amp;ate:</translation>
        </message>
        <message>
            <source>Purchase &amp;price:</source>
            <translation>Purchase &amp;price:</translation>
        </message>
        <message>
            <source>&amp;Meter:</source>
            <translation>&amp;Meter:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Split &amp;rule:</source>
            <translation>Split &amp;rule:</translation>
        </message>
        <message>
            <source>Purchase price</source>
            <translation>Purchase price</translation>
        </message>
        <message>
            <source>Booking rules</source>
            <translation>Booking rules</translation>
        </message>
        <message>
            <source>Sh&amp;ortest booking:</source>
            <translation>Sh&amp;ortest booking:</translation>
        </message>
        <message>
            <source>Lon&amp;gest booking:</source>
            <translation>Lon&amp;gest booking:</translation>
        </message>
        <message>
            <source>Op&amp;ening hours:</source>
            <translation>Op&amp;ening hours:</translation>
        </message>
        <message>
            <source>Owners</source>
            <translation>Owners</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Custom: {rule}</source>
            <translation>Custom: {rule}</translation>
        </message>
        <message>
            <source>Give the purchase price and date first.</source>
            <translation>Give the purchase price and date first.</translation>
        </message>
        <message>
            <source>{hours} h {minutes} min</source>
            <translation>{hours} h {minutes} min</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>A new photo</source>
            <translation>A new photo</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>the asset “{name}”</source>
            <translation>the asset “{name}”</translation>
        </message>
    </context>
    <context>
        <name>AssetPanel</name>
        <message>
            <source>Find an asset…</source>
            <translation>Find an asset…</translation>
        </message>
        <message>
            <source>Find an asset</source>
            <translation>Find an asset</translation>
        </message>
        <message>
            <source>Assets shown</source>
            <translation>Assets shown</translation>
        </message>
        <message>
            <source>Show &amp;all</source>
            <translation>Show &amp;all</translation>
        </message>
        <message>
            <source>Show all assets</source>
            <translation>Show all assets</translation>
        </message>
        <message>
            <source>Showing {count} ticked of {total} assets.</source>
            <translation>Showing {count} ticked of {total} assets.</translation>
        </message>
        <message>
            <source>Showing all {total} assets; tick some to show only theirs.</source>
            <translation>Showing all {total} assets; tick some to show only theirs.</translation>
        </message>
    </context>
    <context>
        <name>AssetsModel</name>
        <message>
            <source>{name} (overdue)</source>
            <translation>{name} (overdue)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>Meter</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Purchase price</source>
            <translation>Purchase price</translation>
        </message>
        <message>
            <source>Out with</source>
            <translation>Out with</translation>
        </message>
        <message>
            <source>Owners</source>
            <translation>Owners</translation>
        </message>
        <message>
            <source>Booked {when}</source>
            <translation>Booked {when}</translation>
        </message>
    </context>
    <context>
        <name>AssetsView</name>
        <message>
            <source>Search assets…</source>
            <translation>Search assets…</translation>
        </message>
        <message>
            <source>Show &amp;retired</source>
            <translation>Show &amp;retired</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Ed&amp;it…</translation>
        </message>
        <message>
            <source>Re&amp;tire</source>
            <translation>Re&amp;tire</translation>
        </message>
        <message>
            <source>Back in &amp;service</source>
            <translation>Back in &amp;service</translation>
        </message>
        <message>
            <source>No assets yet — click Add… to enter the first one.</source>
            <translation>No assets yet — click Add… to enter the first one.</translation>
        </message>
        <message>
            <source>No asset matches “{text}”.</source>
            <translation>No asset matches “{text}”.</translation>
        </message>
        <message>
            <source>Every asset is retired. Tick “Show retired” to see them.</source>
            <translation>Every asset is retired. Tick “Show retired” to see them.</translation>
        </message>
        <message>
            <source>Assets</source>
            <translation>Assets</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Bookings</source>
            <translation>Bookings</translation>
        </message>
        <message>
            <source>Select an asset to see its bookings.</source>
            <translation>Select an asset to see its bookings.</translation>
        </message>
        <message>
            <source>Current and upcoming bookings of {name}</source>
            <translation>Current and upcoming bookings of {name}</translation>
        </message>
        <message>
            <source>Retire “{name}”? Retired assets are hidden from everyday lists; their history is kept and they can be put back in service.</source>
            <translation>Retire “{name}”? Retired assets are hidden from everyday lists; their history is kept and they can be put back in service.</translation>
        </message>
        <message>
            <source>Retire asset</source>
            <translation>Retire asset</translation>
        </message>
        <message>
            <source>Retire</source>
            <translation>Retire</translation>
        </message>
    </context>
    <context>
        <name>AttentionModel</name>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Loan not returned</source>
            <translation>Loan not returned</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>Maintenance</translation>
        </message>
        <message>
            <source>Insurance renewal</source>
            <translation>Insurance renewal</translation>
        </message>
        <message>
            <source>Unpaid invoice</source>
            <translation>Unpaid invoice</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Coming</source>
            <translation>Coming</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Kind of row</source>
            <translation>Kind of row</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Search the changes…</source>
            <translation>Search the changes…</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>No change matches these filters.</source>
            <translation>No change matches these filters.</translation>
        </message>
        <message>
            <source>The latest {count} changes; narrow the filters to see older ones.</source>
            <translation>The latest {count} changes; narrow the filters to see older ones.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Machine</source>
            <translation>Machine</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
    </context>
    <context>
        <name>BalancesModel</name>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Share of costs</source>
            <translation>Share of costs</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Meaning</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>Settled</translation>
        </message>
        <message>
            <source>Members owe the treasury</source>
            <translation>Members owe the treasury</translation>
        </message>
        <message>
            <source>The treasury owes members</source>
            <translation>The treasury owes members</translation>
        </message>
        <message>
            <source>The group owes them</source>
            <translation>The group owes them</translation>
        </message>
        <message>
            <source>Owes the group</source>
            <translation>Owes the group</translation>
        </message>
    </context>
    <context>
        <name>BalancesView</name>
        <message>
            <source>The treasury pays {payee} {amount}</source>
            <translation>The treasury pays {payee} {amount}</translation>
        </message>
        <message>
            <source>{payer} pays {amount} into the treasury</source>
            <translation>{payer} pays {amount} into the treasury</translation>
        </message>
        <message>
            <source>{payer} pays {payee} {amount}</source>
            <translation>{payer} pays {payee} {amount}</translation>
        </message>
        <message>
            <source>Balances as of</source>
            <translation>Balances as of</translation>
        </message>
        <message>
            <source>As &amp;of:</source>
            <translation>As &amp;of:</translation>
        </message>
        <message>
            <source>&amp;Settle up</source>
            <translation>&amp;Settle up</translation>
        </message>
        <message>
            <source>Show the fewest transfers that bring every balance to zero</source>
            <translation>Show the fewest transfers that bring every balance to zero</translation>
        </message>
        <message>
            <source>Record a &amp;payment…</source>
            <translation>Record a &amp;payment…</translation>
        </message>
        <message>
            <source>Working out the balances</source>
            <translation>Working out the balances</translation>
        </message>
        <message>
            <source>A positive balance is what the group owes the member; a negative one, what the member owes the group.</source>
            <translation>A positive balance is what the group owes the member; a negative one, what the member owes the group.</translation>
        </message>
        <message>
            <source>Balances</source>
            <translation>Balances</translation>
        </message>
        <message>
            <source>Proposed transfers</source>
            <translation>Proposed transfers</translation>
        </message>
        <message>
            <source>Settle up</source>
            <translation>Settle up</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Payments</translation>
        </message>
        <message>
            <source>No payments yet — click Record a payment… to enter one.</source>
            <translation>No payments yet — click Record a payment… to enter one.</translation>
        </message>
        <message numerus="yes">
            <source>%n transfer(s) bring every balance to zero as of {day}:</source>
            <translation>
                <numerusform>%n transfer bring every balance to zero as of {day}:</numerusform>
                <numerusform>%n transfers bring every balance to zero as of {day}:</numerusform>
            </translation>
        </message>
        <message>
            <source>Everyone is settled up as of {day}.</source>
            <translation>Everyone is settled up as of {day}.</translation>
        </message>
        <message>
            <source>Working out the balances…</source>
            <translation>Working out the balances…</translation>
        </message>
        <message>
            <source>No members yet.</source>
            <translation>No members yet.</translation>
        </message>
    </context>
    <context>
        <name>BookingActions</name>
        <message>
            <source>Check &amp;out…</source>
            <translation>Check &amp;out…</translation>
        </message>
        <message>
            <source>Check &amp;in…</source>
            <translation>Check &amp;in…</translation>
        </message>
        <message>
            <source>&amp;Cancel booking…</source>
            <translation>&amp;Cancel booking…</translation>
        </message>
        <message>
            <source>Cancel booking</source>
            <translation>Cancel booking</translation>
        </message>
        <message>
            <source>Cancel this booking of “{asset}”?</source>
            <translation>Cancel this booking of “{asset}”?</translation>
        </message>
        <message>
            <source>Unlikely meter reading</source>
            <translation>Unlikely meter reading</translation>
        </message>
        <message>
            <source>Record anyway</source>
            <translation>Record anyway</translation>
        </message>
        <message>
            <source>This reading means {used} km in {duration} since the last reading ({previous} km): more than a vehicle can drive at {speed} km/h, which would be {limit} km at most. Record it anyway?</source>
            <translation>This reading means {used} km in {duration} since the last reading ({previous} km): more than a vehicle can drive at {speed} km/h, which would be {limit} km at most. Record it anyway?</translation>
        </message>
        <message>
            <source>This reading means {used} hours of use in {duration} since the last reading ({previous} h): more than the loan lasted, which would be {limit} h at most. Record it anyway?</source>
            <translation>This reading means {used} hours of use in {duration} since the last reading ({previous} h): more than the loan lasted, which would be {limit} h at most. Record it anyway?</translation>
        </message>
    </context>
    <context>
        <name>BookingConflicts</name>
        <message>
            <source>the booking of “{asset}” on {date}</source>
            <translation>the booking of “{asset}” on {date}</translation>
        </message>
        <message>
            <source>(blackout)</source>
            <translation>(blackout)</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Starts</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>Ends</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Someone else deleted {subject} after you opened it.</source>
            <translation>Someone else deleted {subject} after you opened it.</translation>
        </message>
        <message>
            <source>Someone else cancelled {subject} after you opened it.</source>
            <translation>Someone else cancelled {subject} after you opened it.</translation>
        </message>
        <message>
            <source>Your move was not saved.</source>
            <translation>Your move was not saved.</translation>
        </message>
        <message>
            <source>Booking not moved</source>
            <translation>Booking not moved</translation>
        </message>
    </context>
    <context>
        <name>BookingDialog</name>
        <message>
            <source>New booking</source>
            <translation>New booking</translation>
        </message>
        <message>
            <source>Booking</source>
            <translation>Booking</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Asset</translation>
        </message>
        <message>
            <source>&amp;Blackout: the asset is unavailable (repair, closure)</source>
            <translation>&amp;Blackout: the asset is unavailable (repair, closure)</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>(choose a member)</source>
            <translation>(choose a member)</translation>
        </message>
        <message>
            <source>Only members in the group on these dates are listed.</source>
            <translation>Only members in the group on these dates are listed.</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Start date</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>End time</source>
            <translation>End time</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflicts</translation>
        </message>
        <message>
            <source>Book the &amp;free dates and skip the taken ones</source>
            <translation>Book the &amp;free dates and skip the taken ones</translation>
        </message>
        <message>
            <source>&amp;Asset:</source>
            <translation>&amp;Asset:</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Member:</translation>
        </message>
        <message>
            <source>&amp;Starts:</source>
            <translation>&amp;Starts:</translation>
        </message>
        <message>
            <source>&amp;Ends:</source>
            <translation>&amp;Ends:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Book</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>The database is open read-only: nothing can be changed.</source>
            <translation>The database is open read-only: nothing can be changed.</translation>
        </message>
        <message>
            <source>out since {date} {time}</source>
            <translation>out since {date} {time}</translation>
        </message>
        <message>
            <source>meter {reading} at check-out</source>
            <translation>meter {reading} at check-out</translation>
        </message>
        <message>
            <source>part of a recurring series</source>
            <translation>part of a recurring series</translation>
        </message>
        <message>
            <source>Choose the asset to book.</source>
            <translation>Choose the asset to book.</translation>
        </message>
        <message>
            <source>blackout</source>
            <translation>blackout</translation>
        </message>
        <message>
            <source>… and {count} more</source>
            <translation>… and {count} more</translation>
        </message>
        <message>
            <source>Already booked at this time:</source>
            <translation>Already booked at this time:</translation>
        </message>
        <message>
            <source>Already booked on {count} dates:</source>
            <translation>Already booked on {count} dates:</translation>
        </message>
        <message>
            <source>Their version is shown now; your changes were dropped.</source>
            <translation>Their version is shown now; your changes were dropped.</translation>
        </message>
        <message>
            <source>Booking gone</source>
            <translation>Booking gone</translation>
        </message>
        <message>
            <source>Book your version as a new booking?</source>
            <translation>Book your version as a new booking?</translation>
        </message>
        <message>
            <source>Book as new</source>
            <translation>Book as new</translation>
        </message>
        <message>
            <source>Nothing was saved.</source>
            <translation>Nothing was saved.</translation>
        </message>
        <message>
            <source>Some dates are taken</source>
            <translation>Some dates are taken</translation>
        </message>
        <message>
            <source>{count} of the dates are already booked:
{dates}

Book the other dates and skip these?</source>
            <translation>{count} of the dates are already booked:
{dates}

Book the other dates and skip these?</translation>
        </message>
        <message>
            <source>Book the others</source>
            <translation>Book the others</translation>
        </message>
        <message>
            <source>Choose who the booking is for.</source>
            <translation>Choose who the booking is for.</translation>
        </message>
    </context>
    <context>
        <name>BookingsModel</name>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>BookingsPanel</name>
        <message>
            <source>Current and upcoming bookings</source>
            <translation>Current and upcoming bookings</translation>
        </message>
        <message>
            <source>No current or upcoming bookings.</source>
            <translation>No current or upcoming bookings.</translation>
        </message>
    </context>
    <context>
        <name>CalendarLabels</name>
        <message>
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Checked out</source>
            <translation>Checked out</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Blackout</source>
            <translation>Blackout</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <source>&amp;Today</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Go to today (T)</source>
            <translation>Go to today (T)</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Previous</translation>
        </message>
        <message>
            <source>Previous (Page Up)</source>
            <translation>Previous (Page Up)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Next (Page Down)</source>
            <translation>Next (Page Down)</translation>
        </message>
        <message>
            <source>Go to date</source>
            <translation>Go to date</translation>
        </message>
        <message>
            <source>Dates shown</source>
            <translation>Dates shown</translation>
        </message>
        <message>
            <source>&amp;Day</source>
            <translation>&amp;Day</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Week</translation>
        </message>
        <message>
            <source>M&amp;onth</source>
            <translation>M&amp;onth</translation>
        </message>
        <message>
            <source>Time&amp;line</source>
            <translation>Time&amp;line</translation>
        </message>
        <message>
            <source>&amp;New booking…</source>
            <translation>&amp;New booking…</translation>
        </message>
        <message>
            <source>New booking</source>
            <translation>New booking</translation>
        </message>
        <message>
            <source>Kind of asset</source>
            <translation>Kind of asset</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Calendar: {view}</source>
            <translation>Calendar: {view}</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>C&amp;ategory:</source>
            <translation>C&amp;ategory:</translation>
        </message>
        <message>
            <source>Mem&amp;ber:</source>
            <translation>Mem&amp;ber:</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Blackout</source>
            <translation>Blackout</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>{first} – {last}</source>
            <translation>{first} – {last}</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>Cancel a recurring booking</source>
            <translation>Cancel a recurring booking</translation>
        </message>
        <message>
            <source>&amp;This occurrence only</source>
            <translation>&amp;This occurrence only</translation>
        </message>
        <message>
            <source>This and all &amp;following occurrences</source>
            <translation>This and all &amp;following occurrences</translation>
        </message>
        <message>
            <source>Cancel booking</source>
            <translation>Cancel booking</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>This booking is part of a recurring series.</source>
            <translation>This booking is part of a recurring series.</translation>
        </message>
    </context>
    <context>
        <name>ChangeScopeDialog</name>
        <message>
            <source>Change a recurring booking</source>
            <translation>Change a recurring booking</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
    </context>
    <context>
        <name>CloudFolderDialog</name>
        <message>
            <source>Database in a cloud folder</source>
            <translation>Database in a cloud folder</translation>
        </message>
        <message>
            <source>{file} is in a {service} folder.</source>
            <translation>{file} is in a {service} folder.</translation>
        </message>
        <message>
            <source>{service} copies whole files between computers, behind Partage's back. When two computers use the database at the same time, or one works offline, {service} keeps one copy and drops the other (or makes a “conflicted copy”): changes are lost, and a copy taken in the middle of a save can be damaged.</source>
            <translation>{service} copies whole files between computers, behind Partage's back. When two computers use the database at the same time, or one works offline, {service} keeps one copy and drops the other (or makes a “conflicted copy”): changes are lost, and a copy taken in the middle of a save can be damaged.</translation>
        </message>
        <message>
            <source>To share a database, put it on a network drive (a shared folder on a NAS or a server) or on a PostgreSQL server. To work alone, use a copy on this computer: it goes to your Documents folder and the file in {service} is left as it is.</source>
            <translation>To share a database, put it on a network drive (a shared folder on a NAS or a server) or on a PostgreSQL server. To work alone, use a copy on this computer: it goes to your Documents folder and the file in {service} is left as it is.</translation>
        </message>
        <message>
            <source>Work on a &amp;local copy</source>
            <translation>Work on a &amp;local copy</translation>
        </message>
        <message>
            <source>&amp;Open it anyway</source>
            <translation>&amp;Open it anyway</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Changed by someone else</source>
            <translation>Changed by someone else</translation>
        </message>
        <message>
            <source>{name} ({machine}) saved {subject} at {time}, after you opened it.</source>
            <translation>{name} ({machine}) saved {subject} at {time}, after you opened it.</translation>
        </message>
        <message>
            <source>Someone else saved {subject} after you opened it.</source>
            <translation>Someone else saved {subject} after you opened it.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Their version</source>
            <translation>Their version</translation>
        </message>
        <message>
            <source>Your version</source>
            <translation>Your version</translation>
        </message>
        <message>
            <source>Their version and yours, field by field</source>
            <translation>Their version and yours, field by field</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>The fields you see in the form are the same in both versions.</source>
            <translation>The fields you see in the form are the same in both versions.</translation>
        </message>
        <message>
            <source>Reload shows their version in the form and drops your changes. Keep mine saves your version over theirs. Cancel takes you back to your changes, unsaved.</source>
            <translation>Reload shows their version in the form and drops your changes. Keep mine saves your version over theirs. Cancel takes you back to your changes, unsaved.</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Reload</translation>
        </message>
        <message>
            <source>&amp;Keep mine</source>
            <translation>&amp;Keep mine</translation>
        </message>
    </context>
    <context>
        <name>CostDialog</name>
        <message>
            <source>New cost</source>
            <translation>New cost</translation>
        </message>
        <message>
            <source>Edit cost</source>
            <translation>Edit cost</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Asset</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Paid by</translation>
        </message>
        <message>
            <source>Who paid the bill: the group's account, or a member out of pocket (the group then owes it to them).</source>
            <translation>Who paid the bill: the group's account, or a member out of pocket (the group then owes it to them).</translation>
        </message>
        <message>
            <source>Split rule</source>
            <translation>Split rule</translation>
        </message>
        <message>
            <source>How this cost is shared between the members; by default, as the asset's other costs (equal parts for the group's own costs).</source>
            <translation>How this cost is shared between the members; by default, as the asset's other costs (equal parts for the group's own costs).</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>&amp;Amount:</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>&amp;When:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <source>A&amp;sset:</source>
            <translation>A&amp;sset:</translation>
        </message>
        <message>
            <source>S&amp;upplier:</source>
            <translation>S&amp;upplier:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>&amp;Paid by:</source>
            <translation>&amp;Paid by:</translation>
        </message>
        <message>
            <source>Split &amp;rule:</source>
            <translation>Split &amp;rule:</translation>
        </message>
        <message>
            <source>Recei&amp;pt:</source>
            <translation>Recei&amp;pt:</translation>
        </message>
        <message>
            <source>None — the group's overhead</source>
            <translation>None — the group's overhead</translation>
        </message>
        <message>
            <source>Default ({rule})</source>
            <translation>Default ({rule})</translation>
        </message>
        <message>
            <source>the cost “{what}, {amount}”</source>
            <translation>the cost “{what}, {amount}”</translation>
        </message>
    </context>
    <context>
        <name>CostTexts</name>
        <message>
            <source>{percent} % equal parts</source>
            <translation>{percent} % equal parts</translation>
        </message>
        <message>
            <source>{percent} % by ownership shares</source>
            <translation>{percent} % by ownership shares</translation>
        </message>
        <message>
            <source>{percent} % by usage</source>
            <translation>{percent} % by usage</translation>
        </message>
        <message>
            <source>{percent} % by custom weights</source>
            <translation>{percent} % by custom weights</translation>
        </message>
        <message>
            <source>Treasury</source>
            <translation>Treasury</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Custom weights: {weights}</source>
            <translation>Custom weights: {weights}</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>Treasury (the group's account)</source>
            <translation>Treasury (the group's account)</translation>
        </message>
    </context>
    <context>
        <name>CostsModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Asset</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Paid by</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Rule override</source>
            <translation>Rule override</translation>
        </message>
        <message>
            <source>Receipt: {name}</source>
            <translation>Receipt: {name}</translation>
        </message>
        <message>
            <source>Split by the asset's default rule</source>
            <translation>Split by the asset's default rule</translation>
        </message>
        <message>
            <source>No receipt</source>
            <translation>No receipt</translation>
        </message>
        <message>
            <source>Receipt attached</source>
            <translation>Receipt attached</translation>
        </message>
    </context>
    <context>
        <name>CostsView</name>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Ed&amp;it…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Open &amp;receipt</source>
            <translation>Open &amp;receipt</translation>
        </message>
        <message>
            <source>Search costs…</source>
            <translation>Search costs…</translation>
        </message>
        <message>
            <source>Search costs</source>
            <translation>Search costs</translation>
        </message>
        <message>
            <source>Asset filter</source>
            <translation>Asset filter</translation>
        </message>
        <message>
            <source>Category filter</source>
            <translation>Category filter</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Paid by filter</source>
            <translation>Paid by filter</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Costs</translation>
        </message>
        <message>
            <source>Costs shown</source>
            <translation>Costs shown</translation>
        </message>
        <message>
            <source>A&amp;sset:</source>
            <translation>A&amp;sset:</translation>
        </message>
        <message>
            <source>Ca&amp;tegory:</source>
            <translation>Ca&amp;tegory:</translation>
        </message>
        <message>
            <source>&amp;Paid by:</source>
            <translation>&amp;Paid by:</translation>
        </message>
        <message>
            <source>All assets</source>
            <translation>All assets</translation>
        </message>
        <message>
            <source>Group (no asset)</source>
            <translation>Group (no asset)</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>Anyone</translation>
        </message>
        <message>
            <source>Treasury</source>
            <translation>Treasury</translation>
        </message>
        <message>
            <source>Delete the cost of {amount} ({category}, {date})? It will no longer be split between the members. This cannot be undone.</source>
            <translation>Delete the cost of {amount} ({category}, {date})? It will no longer be split between the members. This cannot be undone.</translation>
        </message>
        <message>
            <source>Delete cost</source>
            <translation>Delete cost</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Reading the costs…</source>
            <translation>Reading the costs…</translation>
        </message>
        <message>
            <source>No cost matches these filters.</source>
            <translation>No cost matches these filters.</translation>
        </message>
        <message>
            <source>No costs yet — click Add… to enter the first one.</source>
            <translation>No costs yet — click Add… to enter the first one.</translation>
        </message>
        <message>
            <source>No costs in this period — click Add… to enter one.</source>
            <translation>No costs in this period — click Add… to enter one.</translation>
        </message>
        <message>
            <source>No cost matches “{text}”.</source>
            <translation>No cost matches “{text}”.</translation>
        </message>
        <message numerus="yes">
            <source>%n cost(s), {total} in all</source>
            <translation>
                <numerusform>%n cost, {total} in all</numerusform>
                <numerusform>%n costs, {total} in all</numerusform>
            </translation>
        </message>
        <message>
            <source>— {inside} in this period; {outside} falls on days outside it (costs spread over a longer period), which the Split section and the statements leave out.</source>
            <translation>— {inside} in this period; {outside} falls on days outside it (costs spread over a longer period), which the Split section and the statements leave out.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>E&amp;xport chart as PNG…</source>
            <translation>E&amp;xport chart as PNG…</translation>
        </message>
        <message>
            <source>Export chart as PNG</source>
            <translation>Export chart as PNG</translation>
        </message>
        <message>
            <source>Working out the figures</source>
            <translation>Working out the figures</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <source>Nothing needs attention today.</source>
            <translation>Nothing needs attention today.</translation>
        </message>
        <message>
            <source>Looking for what needs attention…</source>
            <translation>Looking for what needs attention…</translation>
        </message>
        <message>
            <source>Utilisation</source>
            <translation>Utilisation</translation>
        </message>
        <message>
            <source>Cost per asset</source>
            <translation>Cost per asset</translation>
        </message>
        <message>
            <source>Cost per member</source>
            <translation>Cost per member</translation>
        </message>
        <message>
            <source>Cost per use</source>
            <translation>Cost per use</translation>
        </message>
        <message>
            <source>Utilisation: the share of the period's hours an asset was out on loan. Costs: each cost's part in each month, as the split prorates it.</source>
            <translation>Utilisation: the share of the period's hours an asset was out on loan. Costs: each cost's part in each month, as the split prorates it.</translation>
        </message>
        <message>
            <source>Group overhead</source>
            <translation>Group overhead</translation>
        </message>
        <message>
            <source>Share of the period out on loan</source>
            <translation>Share of the period out on loan</translation>
        </message>
        <message>
            <source>No loan in this period.</source>
            <translation>No loan in this period.</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>Booked</translation>
        </message>
        <message>
            <source>%.0f%</source>
            <translation>%.0f%</translation>
        </message>
        <message>
            <source>%.1f%</source>
            <translation>%.1f%</translation>
        </message>
        <message>
            <source>Costs per asset, by month</source>
            <translation>Costs per asset, by month</translation>
        </message>
        <message>
            <source>Each member's share, by month</source>
            <translation>Each member's share, by month</translation>
        </message>
        <message>
            <source>No cost in this period.</source>
            <translation>No cost in this period.</translation>
        </message>
        <message numerus="yes">
            <source>Others (%n)</source>
            <translation>
                <numerusform>Others (%n)</numerusform>
                <numerusform>Others (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Cost per hour booked or per km</source>
            <translation>Cost per hour booked or per km</translation>
        </message>
        <message>
            <source>No asset was both used and paid for in this period.</source>
            <translation>No asset was both used and paid for in this period.</translation>
        </message>
        <message>
            <source>per km</source>
            <translation>per km</translation>
        </message>
        <message>
            <source>per hour of use</source>
            <translation>per hour of use</translation>
        </message>
        <message>
            <source>per hour booked</source>
            <translation>per hour booked</translation>
        </message>
        <message>
            <source>{symbol}{number}</source>
            <translation>{symbol}{number}</translation>
        </message>
        <message>
            <source>Export the chart</source>
            <translation>Export the chart</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG images (*.png)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>The chart could not be written to {file}.</source>
            <translation>The chart could not be written to {file}.</translation>
        </message>
    </context>
    <context>
        <name>DocumentSettingsDialog</name>
        <message>
            <source>Organisation and invoices</source>
            <translation>Organisation and invoices</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Currency</translation>
        </message>
        <message>
            <source>Amounts are not converted: changing the currency changes only how every amount is shown and printed.</source>
            <translation>Amounts are not converted: changing the currency changes only how every amount is shown and printed.</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Time zone</translation>
        </message>
        <message>
            <source>Organisation name</source>
            <translation>Organisation name</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>Invoice prefix</source>
            <translation>Invoice prefix</translation>
        </message>
        <message>
            <source>none: 2026-0001</source>
            <translation>none: 2026-0001</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>Payment terms</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Payment instructions</source>
            <translation>Payment instructions</translation>
        </message>
        <message>
            <source>Default language of documents</source>
            <translation>Default language of documents</translation>
        </message>
        <message>
            <source>The group collects &amp;GST and QST</source>
            <translation>The group collects &amp;GST and QST</translation>
        </message>
        <message>
            <source>GST registration number</source>
            <translation>GST registration number</translation>
        </message>
        <message>
            <source>GST rate (%)</source>
            <translation>GST rate (%)</translation>
        </message>
        <message>
            <source>QST registration number</source>
            <translation>QST registration number</translation>
        </message>
        <message>
            <source>QST rate (%)</source>
            <translation>QST rate (%)</translation>
        </message>
        <message>
            <source>Both taxes are computed on the subtotal of each invoice and rounded to the cent. Leave this off if the group is not registered.</source>
            <translation>Both taxes are computed on the subtotal of each invoice and rounded to the cent. Leave this off if the group is not registered.</translation>
        </message>
        <message>
            <source>Coordinators</source>
            <translation>Coordinators</translation>
        </message>
        <message>
            <source>One login per line. Only coordinators issue or void invoices, change these settings and close periods; while nobody is named, everyone may. You are signed in as “{user}”. On a shared file the real boundary is the share's permissions; on PostgreSQL, the server's roles.</source>
            <translation>One login per line. Only coordinators issue or void invoices, change these settings and close periods; while nobody is named, everyone may. You are signed in as “{user}”. On a shared file the real boundary is the share's permissions; on PostgreSQL, the server's roles.</translation>
        </message>
        <message>
            <source>The books are closed through {day}.</source>
            <translation>The books are closed through {day}.</translation>
        </message>
        <message>
            <source>No period is closed.</source>
            <translation>No period is closed.</translation>
        </message>
        <message>
            <source>Close the books through</source>
            <translation>Close the books through</translation>
        </message>
        <message>
            <source>&amp;Close the books through this day…</source>
            <translation>&amp;Close the books through this day…</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;Email:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>&amp;Logo:</source>
            <translation>&amp;Logo:</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>C&amp;urrency:</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>Time &amp;zone:</translation>
        </message>
        <message>
            <source>Invoice &amp;prefix:</source>
            <translation>Invoice &amp;prefix:</translation>
        </message>
        <message>
            <source>Payment &amp;terms:</source>
            <translation>Payment &amp;terms:</translation>
        </message>
        <message>
            <source>How to &amp;pay:</source>
            <translation>How to &amp;pay:</translation>
        </message>
        <message>
            <source>Default &amp;language:</source>
            <translation>Default &amp;language:</translation>
        </message>
        <message>
            <source>GST &amp;number:</source>
            <translation>GST &amp;number:</translation>
        </message>
        <message>
            <source>GST &amp;rate (%):</source>
            <translation>GST &amp;rate (%):</translation>
        </message>
        <message>
            <source>QST n&amp;umber:</source>
            <translation>QST n&amp;umber:</translation>
        </message>
        <message>
            <source>QST r&amp;ate (%):</source>
            <translation>QST r&amp;ate (%):</translation>
        </message>
        <message>
            <source>C&amp;oordinators:</source>
            <translation>C&amp;oordinators:</translation>
        </message>
        <message>
            <source>Closing:</source>
            <translation>Closing:</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Currency and time zone</source>
            <translation>Currency and time zone</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Invoices</translation>
        </message>
        <message>
            <source>Taxes</source>
            <translation>Taxes</translation>
        </message>
        <message>
            <source>Access and closing</source>
            <translation>Access and closing</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Only a coordinator can change these settings.</source>
            <translation>Only a coordinator can change these settings.</translation>
        </message>
        <message>
            <source>Canadian dollar</source>
            <translation>Canadian dollar</translation>
        </message>
        <message>
            <source>US dollar</source>
            <translation>US dollar</translation>
        </message>
        <message>
            <source>Euro</source>
            <translation>Euro</translation>
        </message>
        <message>
            <source>Pound sterling</source>
            <translation>Pound sterling</translation>
        </message>
        <message>
            <source>Swiss franc</source>
            <translation>Swiss franc</translation>
        </message>
        <message>
            <source>Mexican peso</source>
            <translation>Mexican peso</translation>
        </message>
        <message>
            <source>Australian dollar</source>
            <translation>Australian dollar</translation>
        </message>
        <message>
            <source>New Zealand dollar</source>
            <translation>New Zealand dollar</translation>
        </message>
        <message>
            <source>Haitian gourde</source>
            <translation>Haitian gourde</translation>
        </message>
        <message>
            <source>Moroccan dirham</source>
            <translation>Moroccan dirham</translation>
        </message>
        <message>
            <source>Swedish krona</source>
            <translation>Swedish krona</translation>
        </message>
        <message>
            <source>Norwegian krone</source>
            <translation>Norwegian krone</translation>
        </message>
        <message>
            <source>Danish krone</source>
            <translation>Danish krone</translation>
        </message>
        <message>
            <source>Bookings are stored as moments in universal time (UTC) and shown, entered and repeated in this zone, daylight saving included. Choose where the group is.</source>
            <translation>Bookings are stored as moments in universal time (UTC) and shown, entered and repeated in this zone, daylight saving included. Choose where the group is.</translation>
        </message>
        <message>
            <source>Changing it moves how every booking is shown: one at 9:00 in {old} will show at {time} in {new}.</source>
            <translation>Changing it moves how every booking is shown: one at 9:00 in {old} will show at {time} in {new}.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>No logo</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Choose a logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Close the books</source>
            <translation>Close the books</translation>
        </message>
        <message>
            <source>Close the books through {day}? Costs, payments and bookings dated then or before can no longer be added, changed or removed; this cannot be undone.</source>
            <translation>Close the books through {day}? Costs, payments and bookings dated then or before can no longer be added, changed or removed; this cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>DraftsModel</name>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Share of costs</source>
            <translation>Share of costs</translation>
        </message>
        <message>
            <source>Taxes</source>
            <translation>Taxes</translation>
        </message>
        <message>
            <source>Invoice total</source>
            <translation>Invoice total</translation>
        </message>
        <message>
            <source>Payments and credits</source>
            <translation>Payments and credits</translation>
        </message>
        <message>
            <source>Amount due</source>
            <translation>Amount due</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Invoice</translation>
        </message>
        <message>
            <source>nothing to invoice</source>
            <translation>nothing to invoice</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
    </context>
    <context>
        <name>DrillDownModel</name>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>How it was worked out</source>
            <translation>How it was worked out</translation>
        </message>
        <message numerus="yes">
            <source>{label} {amount} × {days}/{total} days = {part}, shared among %n member(s): {rule}</source>
            <translation>
                <numerusform>{label} {amount} × {days}/{total} days = {part}, shared among %n member: {rule}</numerusform>
                <numerusform>{label} {amount} × {days}/{total} days = {part}, shared among %n members: {rule}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{label} {amount}, shared among %n member(s): {rule}</source>
            <translation>
                <numerusform>{label} {amount}, shared among %n member: {rule}</numerusform>
                <numerusform>{label} {amount}, shared among %n members: {rule}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n member(s)</source>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Database busy</source>
            <translation>Database busy</translation>
        </message>
        <message>
            <source>Read-only database</source>
            <translation>Read-only database</translation>
        </message>
        <message>
            <source>Newer version of Partage needed</source>
            <translation>Newer version of Partage needed</translation>
        </message>
        <message>
            <source>Damaged database</source>
            <translation>Damaged database</translation>
        </message>
        <message>
            <source>Not a Partage database</source>
            <translation>Not a Partage database</translation>
        </message>
        <message>
            <source>Database not found</source>
            <translation>Database not found</translation>
        </message>
        <message>
            <source>File already exists</source>
            <translation>File already exists</translation>
        </message>
        <message>
            <source>Disk full</source>
            <translation>Disk full</translation>
        </message>
        <message>
            <source>Database unavailable</source>
            <translation>Database unavailable</translation>
        </message>
        <message>
            <source>Database problem</source>
            <translation>Database problem</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Changed by someone else</translation>
        </message>
        <message>
            <source>Still in use</source>
            <translation>Still in use</translation>
        </message>
        <message>
            <source>Check what you entered</source>
            <translation>Check what you entered</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>Cannot do that</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Partage met an unexpected error. What you were doing may not have been completed; your data already saved is safe.</source>
            <translation>Partage met an unexpected error. What you were doing may not have been completed; your data already saved is safe.</translation>
        </message>
        <message>
            <source>Please send the log file to whoever helps you with Partage:
{path}

{summary}</source>
            <translation>Please send the log file to whoever helps you with Partage:
{path}

{summary}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>&amp;CSV files, one per table, for spreadsheets</source>
            <translation>&amp;CSV files, one per table, for spreadsheets</translation>
        </message>
        <message>
            <source>Opens in Excel or LibreOffice. Text a spreadsheet would run as a formula (starting with = + - @) is written behind an apostrophe; amounts stay whole numbers of cents. Photos, receipts and PDFs are not included.</source>
            <translation>Opens in Excel or LibreOffice. Text a spreadsheet would run as a formula (starting with = + - @) is written behind an apostrophe; amounts stay whole numbers of cents. Photos, receipts and PDFs are not included.</translation>
        </message>
        <message>
            <source>One &amp;JSON file: the whole database</source>
            <translation>One &amp;JSON file: the whole database</translation>
        </message>
        <message>
            <source>Everything, files included: to move the database to another computer or a server, or to keep. “partage-cli import json” brings it back exactly into a new, empty database.</source>
            <translation>Everything, files included: to move the database to another computer or a server, or to keep. “partage-cli import json” brings it back exactly into a new, empty database.</translation>
        </message>
        <message>
            <source>Where to write</source>
            <translation>Where to write</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>Folder for the CSV files</source>
            <translation>Folder for the CSV files</translation>
        </message>
        <message>
            <source>Export the database</source>
            <translation>Export the database</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Exporting</translation>
        </message>
        <message>
            <source>Writing the export…</source>
            <translation>Writing the export…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n CSV file(s) to {folder}.</source>
            <translation>
                <numerusform>Wrote %n CSV file to {folder}.</numerusform>
                <numerusform>Wrote %n CSV files to {folder}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the database to {path}.</source>
            <translation>Wrote the database to {path}.</translation>
        </message>
    </context>
    <context>
        <name>FileDialogs</name>
        <message>
            <source>Partage databases (*.partage)</source>
            <translation>Partage databases (*.partage)</translation>
        </message>
        <message>
            <source>Receipts (*.pdf *.png *.jpg *.jpeg *.webp)</source>
            <translation>Receipts (*.pdf *.png *.jpg *.jpeg *.webp)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
            <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Partage user guide</source>
            <translation>Partage user guide</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Check in</source>
            <translation>Check in</translation>
        </message>
        <message>
            <source>Check out</source>
            <translation>Check out</translation>
        </message>
        <message>
            <source>“{asset}” comes back.</source>
            <translation>“{asset}” comes back.</translation>
        </message>
        <message>
            <source>“{asset}” is handed over.</source>
            <translation>“{asset}” is handed over.</translation>
        </message>
        <message>
            <source>&amp;Meter reading:</source>
            <translation>&amp;Meter reading:</translation>
        </message>
        <message>
            <source>Meter reading</source>
            <translation>Meter reading</translation>
        </message>
        <message>
            <source>Condition</source>
            <translation>Condition</translation>
        </message>
        <message>
            <source>Scratches, missing parts, cleaning…</source>
            <translation>Scratches, missing parts, cleaning…</translation>
        </message>
        <message>
            <source>&amp;Condition:</source>
            <translation>&amp;Condition:</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Share weight</source>
            <translation>Share weight</translation>
        </message>
        <message>
            <source>Share weight in thousandths</source>
            <translation>Share weight in thousandths</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Joined</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>Meter</translation>
        </message>
        <message>
            <source>Purchase price</source>
            <translation>Purchase price</translation>
        </message>
        <message>
            <source>Purchase price in cents</source>
            <translation>Purchase price in cents</translation>
        </message>
        <message>
            <source>Purchase date</source>
            <translation>Purchase date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Split rule</source>
            <translation>Split rule</translation>
        </message>
        <message>
            <source>Owners (NAME=WEIGHT; …)</source>
            <translation>Owners (NAME=WEIGHT; …)</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Amount in cents</source>
            <translation>Amount in cents</translation>
        </message>
        <message>
            <source>Date (or start)</source>
            <translation>Date (or start)</translation>
        </message>
        <message>
            <source>End of the period</source>
            <translation>End of the period</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Asset</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Paid by</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>commas</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>semicolons</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>tabs</translation>
        </message>
        <message>
            <source>Import from a CSV file</source>
            <translation>Import from a CSV file</translation>
        </message>
        <message>
            <source>What the rows are</source>
            <translation>What the rows are</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Assets</source>
            <translation>Assets</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Costs</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV file</translation>
        </message>
        <message>
            <source>Choose a .csv file saved from a spreadsheet</source>
            <translation>Choose a .csv file saved from a spreadsheet</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Re&amp;load</source>
            <translation>Re&amp;load</translation>
        </message>
        <message>
            <source>Read the file again, after correcting it</source>
            <translation>Read the file again, after correcting it</translation>
        </message>
        <message>
            <source>&amp;Rows are:</source>
            <translation>&amp;Rows are:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>Columns: which column of the file holds each field (* required)</source>
            <translation>Columns: which column of the file holds each field (* required)</translation>
        </message>
        <message>
            <source>First rows of the file</source>
            <translation>First rows of the file</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>The database is open read-only: nothing can be imported.</source>
            <translation>The database is open read-only: nothing can be imported.</translation>
        </message>
        <message>
            <source>Choose what the rows are, then the file.</source>
            <translation>Choose what the rows are, then the file.</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV files (*.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Reading the file</source>
            <translation>Reading the file</translation>
        </message>
        <message>
            <source>Reading cancelled.</source>
            <translation>Reading cancelled.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) below the header</source>
            <translation>
                <numerusform>%n row below the header</numerusform>
                <numerusform>%n rows below the header</numerusform>
            </translation>
        </message>
        <message>
            <source>Read as {encoding}, values separated by {delimiter}: {rows}.</source>
            <translation>Read as {encoding}, values separated by {delimiter}: {rows}.</translation>
        </message>
        <message>
            <source>The first {shown} are shown; every row is checked.</source>
            <translation>The first {shown} are shown; every row is checked.</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(not in the file)</translation>
        </message>
        <message>
            <source>Column {number}</source>
            <translation>Column {number}</translation>
        </message>
        <message>
            <source>Checking the file</source>
            <translation>Checking the file</translation>
        </message>
        <message>
            <source>Check cancelled.</source>
            <translation>Check cancelled.</translation>
        </message>
        <message numerus="yes">
            <source>All %n row(s) are ready to import.</source>
            <translation>
                <numerusform>All %n row are ready to import.</numerusform>
                <numerusform>All %n rows are ready to import.</numerusform>
            </translation>
        </message>
        <message>
            <source>Rows with errors: {bad} of {total}. Correct the file and reload it, or change the columns above: nothing is imported until every row is right.</source>
            <translation>Rows with errors: {bad} of {total}. Correct the file and reload it, or change the columns above: nothing is imported until every row is right.</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importing</translation>
        </message>
        <message>
            <source>Importing the rows…</source>
            <translation>Importing the rows…</translation>
        </message>
        <message>
            <source>Import cancelled: nothing was imported.</source>
            <translation>Import cancelled: nothing was imported.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Nothing was imported.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n member(s).</source>
            <translation>
                <numerusform>Imported %n member.</numerusform>
                <numerusform>Imported %n members.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n asset(s).</source>
            <translation>
                <numerusform>Imported %n asset.</numerusform>
                <numerusform>Imported %n assets.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n cost(s).</source>
            <translation>
                <numerusform>Imported %n cost.</numerusform>
                <numerusform>Imported %n costs.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InvoicesModel</name>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Void (credit note {number})</source>
            <translation>Void (credit note {number})</translation>
        </message>
        <message>
            <source>Credit note for {number}</source>
            <translation>Credit note for {number}</translation>
        </message>
        <message>
            <source>In credit (nothing owed on it)</source>
            <translation>In credit (nothing owed on it)</translation>
        </message>
        <message>
            <source>Partly paid, overdue</source>
            <translation>Partly paid, overdue</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>Partly paid</translation>
        </message>
        <message>
            <source>Unpaid, overdue</source>
            <translation>Unpaid, overdue</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Unpaid</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Household</source>
            <translation>Household</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Equipment</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Vehicle</source>
            <translation>Vehicle</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>In repair</source>
            <translation>In repair</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retired</translation>
        </message>
        <message>
            <source>No meter</source>
            <translation>No meter</translation>
        </message>
        <message>
            <source>Kilometres</source>
            <translation>Kilometres</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>French</source>
            <translation>French</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Equal parts</source>
            <translation>Equal parts</translation>
        </message>
        <message>
            <source>By ownership shares</source>
            <translation>By ownership shares</translation>
        </message>
        <message>
            <source>By usage</source>
            <translation>By usage</translation>
        </message>
    </context>
    <context>
        <name>LedgerCard</name>
        <message>
            <source>Ledger</source>
            <translation>Ledger</translation>
        </message>
        <message>
            <source>Working out the ledger…</source>
            <translation>Working out the ledger…</translation>
        </message>
        <message>
            <source>Charged to members</source>
            <translation>Charged to members</translation>
        </message>
        <message>
            <source>Invoiced</source>
            <translation>Invoiced</translation>
        </message>
        <message>
            <source>Not yet invoiced</source>
            <translation>Not yet invoiced</translation>
        </message>
        <message>
            <source>Taxes</source>
            <translation>Taxes</translation>
        </message>
        <message>
            <source>Opening balances and adjustments</source>
            <translation>Opening balances and adjustments</translation>
        </message>
        <message>
            <source>Payments received</source>
            <translation>Payments received</translation>
        </message>
        <message>
            <source>Expenses paid by members</source>
            <translation>Expenses paid by members</translation>
        </message>
        <message>
            <source>Members owe the group</source>
            <translation>Members owe the group</translation>
        </message>
        <message>
            <source>The group owes members</source>
            <translation>The group owes members</translation>
        </message>
        <message>
            <source>Every member's account at the end of {day}.</source>
            <translation>Every member's account at the end of {day}.</translation>
        </message>
        <message>
            <source>Reconciles: the members are charged what the costs allocate, {amount}.</source>
            <translation>Reconciles: the members are charged what the costs allocate, {amount}.</translation>
        </message>
        <message>
            <source>Does not reconcile: the members are charged {charged} but the costs allocate {allocated}, a difference of {difference}.</source>
            <translation>Does not reconcile: the members are charged {charged} but the costs allocate {allocated}, a difference of {difference}.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Sections</source>
            <translation>Sections</translation>
        </message>
        <message>
            <source>Assets</source>
            <translation>Assets</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Costs</translation>
        </message>
        <message>
            <source>Upkeep</source>
            <translation>Upkeep</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Split</translation>
        </message>
        <message>
            <source>Balances</source>
            <translation>Balances</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>Statements</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <source>Who is here</source>
            <translation>Who is here</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <source>&amp;Backup now</source>
            <translation>&amp;Backup now</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Import…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restore a backup…</translation>
        </message>
        <message>
            <source>&amp;Close database</source>
            <translation>&amp;Close database</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <source>&amp;Organisation and invoices…</source>
            <translation>&amp;Organisation and invoices…</translation>
        </message>
        <message>
            <source>&amp;Audit log…</source>
            <translation>&amp;Audit log…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Assets</source>
            <translation>&amp;Assets</translation>
        </message>
        <message>
            <source>&amp;Calendar</source>
            <translation>&amp;Calendar</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Dashboard</translation>
        </message>
        <message>
            <source>&amp;Members</source>
            <translation>&amp;Members</translation>
        </message>
        <message>
            <source>C&amp;osts</source>
            <translation>C&amp;osts</translation>
        </message>
        <message>
            <source>&amp;Upkeep</source>
            <translation>&amp;Upkeep</translation>
        </message>
        <message>
            <source>&amp;Split</source>
            <translation>&amp;Split</translation>
        </message>
        <message>
            <source>&amp;Balances</source>
            <translation>&amp;Balances</translation>
        </message>
        <message>
            <source>S&amp;tatements</source>
            <translation>S&amp;tatements</translation>
        </message>
        <message>
            <source>&amp;Who is here</source>
            <translation>&amp;Who is here</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <source>&amp;About Partage</source>
            <translation>&amp;About Partage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>No recent databases</source>
            <translation>No recent databases</translation>
        </message>
        <message>
            <source>&amp;Clear list</source>
            <translation>&amp;Clear list</translation>
        </message>
        <message>
            <source>Partage</source>
            <translation>Partage</translation>
        </message>
        <message>
            <source>Opening {file}…</source>
            <translation>Opening {file}…</translation>
        </message>
        <message>
            <source>Partage — {name}</source>
            <translation>Partage — {name}</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Network drive</source>
            <translation>Network drive</translation>
        </message>
        <message>
            <source>Local disk</source>
            <translation>Local disk</translation>
        </message>
        <message>
            <source>This database is open read-only: you can look at everything but change nothing, and others do not see you in it. To make changes, ask for write access to the file and its folder, then open it again.</source>
            <translation>This database is open read-only: you can look at everything but change nothing, and others do not see you in it. To make changes, ask for write access to the file and its folder, then open it again.</translation>
        </message>
        <message>
            <source>This database is in a {service} folder. {service} copies whole files between computers behind Partage's back: if two computers use it at once, changes are lost. Share it from a network drive or a server, or work alone on a local copy.</source>
            <translation>This database is in a {service} folder. {service} copies whole files between computers behind Partage's back: if two computers use it at once, changes are lost. Share it from a network drive or a server, or work alone on a local copy.</translation>
        </message>
        <message>
            <source>Work on a &amp;local copy…</source>
            <translation>Work on a &amp;local copy…</translation>
        </message>
        <message>
            <source>Also here: {names}</source>
            <translation>Also here: {names}</translation>
        </message>
        <message>
            <source>{name} ({user}, {machine}), since {time}</source>
            <translation>{name} ({user}, {machine}), since {time}</translation>
        </message>
        <message>
            <source>Only you</source>
            <translation>Only you</translation>
        </message>
        <message>
            <source>Nobody else has this database open.</source>
            <translation>Nobody else has this database open.</translation>
        </message>
        <message>
            <source>No change yet</source>
            <translation>No change yet</translation>
        </message>
        <message>
            <source>Changed {time} by {name}</source>
            <translation>Changed {time} by {name}</translation>
        </message>
        <message>
            <source>Last change: {time}, by {name} ({user}, {machine})</source>
            <translation>Last change: {time}, by {name} ({user}, {machine})</translation>
        </message>
        <message>
            <source>Partage cannot reach the database just now and keeps trying; other people's changes will show once it can. {reason}</source>
            <translation>Partage cannot reach the database just now and keeps trying; other people's changes will show once it can. {reason}</translation>
        </message>
        <message>
            <source>Partage met an unexpected error; the details are in {path}.</source>
            <translation>Partage met an unexpected error; the details are in {path}.</translation>
        </message>
        <message>
            <source>Partage could not read what this section shows. {reason}</source>
            <translation>Partage could not read what this section shows. {reason}</translation>
        </message>
        <message>
            <source>Open a database</source>
            <translation>Open a database</translation>
        </message>
        <message>
            <source>About Partage</source>
            <translation>About Partage</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Partage {version}&lt;/h3&gt;&lt;p&gt;Pool equipment, spaces and vehicles; book them, share what they cost and print the statements.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Partage {version}&lt;/h3&gt;&lt;p&gt;Pool equipment, spaces and vehicles; book them, share what they cost and print the statements.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Closing once the changes under way are saved…</source>
            <translation>Closing once the changes under way are saved…</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>New member</source>
            <translation>New member</translation>
        </message>
        <message>
            <source>Member — {name}</source>
            <translation>Member — {name}</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>name@example.org</translation>
        </message>
        <message>
            <source>How much this member counts when costs are split by ownership shares.</source>
            <translation>How much this member counts when costs are split by ownership shares.</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Joined</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>E-&amp;mail:</source>
            <translation>E-&amp;mail:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>Add&amp;ress:</source>
            <translation>Add&amp;ress:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Share &amp;weight:</source>
            <translation>Share &amp;weight:</translation>
        </message>
        <message>
            <source>&amp;Joined:</source>
            <translation>&amp;Joined:</translation>
        </message>
        <message>
            <source>Le&amp;ft:</source>
            <translation>Le&amp;ft:</translation>
        </message>
        <message>
            <source>N&amp;otes:</source>
            <translation>N&amp;otes:</translation>
        </message>
        <message>
            <source>the member “{name}”</source>
            <translation>the member “{name}”</translation>
        </message>
    </context>
    <context>
        <name>MembersModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Joined</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
    </context>
    <context>
        <name>MembersView</name>
        <message>
            <source>Search members…</source>
            <translation>Search members…</translation>
        </message>
        <message>
            <source>Show a&amp;rchived</source>
            <translation>Show a&amp;rchived</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Ed&amp;it…</translation>
        </message>
        <message>
            <source>Ar&amp;chive</source>
            <translation>Ar&amp;chive</translation>
        </message>
        <message>
            <source>Res&amp;tore</source>
            <translation>Res&amp;tore</translation>
        </message>
        <message>
            <source>No members yet — click Add… to enter the first one.</source>
            <translation>No members yet — click Add… to enter the first one.</translation>
        </message>
        <message>
            <source>No member matches “{text}”.</source>
            <translation>No member matches “{text}”.</translation>
        </message>
        <message>
            <source>Every member is archived. Tick “Show archived” to see them.</source>
            <translation>Every member is archived. Tick “Show archived” to see them.</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Asset</translation>
        </message>
        <message>
            <source>Bookings</source>
            <translation>Bookings</translation>
        </message>
        <message>
            <source>Statement of account</source>
            <translation>Statement of account</translation>
        </message>
        <message>
            <source>Select a member to see their bookings.</source>
            <translation>Select a member to see their bookings.</translation>
        </message>
        <message>
            <source>Current and upcoming bookings of {name}</source>
            <translation>Current and upcoming bookings of {name}</translation>
        </message>
        <message>
            <source>Archive “{name}”? Archived members are hidden from everyday lists; their history is kept and they can be restored.</source>
            <translation>Archive “{name}”? Archived members are hidden from everyday lists; their history is kept and they can be restored.</translation>
        </message>
        <message>
            <source>Archive member</source>
            <translation>Archive member</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
    </context>
    <context>
        <name>MonthCanvas</name>
        <message>
            <source>+{count} more</source>
            <translation>+{count} more</translation>
        </message>
    </context>
    <context>
        <name>NewDatabaseDialog</name>
        <message>
            <source>New database</source>
            <translation>New database</translation>
        </message>
        <message>
            <source>For example: Tool library of Rosemont</source>
            <translation>For example: Tool library of Rosemont</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Choose where to save the database</source>
            <translation>Choose where to save the database</translation>
        </message>
        <message>
            <source>To work together, save it on a shared drive everyone in the group can open.</source>
            <translation>To work together, save it on a shared drive everyone in the group can open.</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>C&amp;reate</source>
            <translation>C&amp;reate</translation>
        </message>
        <message>
            <source>Choose where to save the database.</source>
            <translation>Choose where to save the database.</translation>
        </message>
    </context>
    <context>
        <name>OpeningBalanceDialog</name>
        <message>
            <source>Opening balance</source>
            <translation>Opening balance</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>What the member owed the group on that day; negative for what the group owed the member.</source>
            <translation>What the member owed the group on that day; negative for what the group owed the member.</translation>
        </message>
        <message>
            <source>Positive: the member owes it to the group. Negative: the group owes it to the member.</source>
            <translation>Positive: the member owes it to the group. Negative: the group owes it to the member.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Member:</source>
            <translation>Member:</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>&amp;Amount:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>{name}: date set</source>
            <translation>{name}: date set</translation>
        </message>
        <message>
            <source>Tick to enter a date; untick to leave it empty.</source>
            <translation>Tick to enter a date; untick to leave it empty.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>OptionalDuration</name>
        <message>
            <source>{name}: set</source>
            <translation>{name}: set</translation>
        </message>
        <message>
            <source>Tick to set a duration; untick for no limit.</source>
            <translation>Tick to set a duration; untick for no limit.</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>{name}: hours</source>
            <translation>{name}: hours</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>{name}: minutes</source>
            <translation>{name}: minutes</translation>
        </message>
        <message>
            <source>(no limit)</source>
            <translation>(no limit)</translation>
        </message>
    </context>
    <context>
        <name>OptionalTimeRange</name>
        <message>
            <source>{name}: set</source>
            <translation>{name}: set</translation>
        </message>
        <message>
            <source>Tick to set the hours; untick for any time.</source>
            <translation>Tick to set the hours; untick for any time.</translation>
        </message>
        <message>
            <source>{name}: from</source>
            <translation>{name}: from</translation>
        </message>
        <message>
            <source>{name}: to</source>
            <translation>{name}: to</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>(any time)</source>
            <translation>(any time)</translation>
        </message>
    </context>
    <context>
        <name>OwnershipEditor</name>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Owners</source>
            <translation>Owners</translation>
        </message>
        <message>
            <source>Add o&amp;wner</source>
            <translation>Add o&amp;wner</translation>
        </message>
        <message>
            <source>Add an owner</source>
            <translation>Add an owner</translation>
        </message>
        <message>
            <source>Remove owner</source>
            <translation>Remove owner</translation>
        </message>
        <message>
            <source>Remove the selected owner</source>
            <translation>Remove the selected owner</translation>
        </message>
        <message>
            <source>Add members first: owners are members.</source>
            <translation>Add members first: owners are members.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archived)</translation>
        </message>
        <message>
            <source>Owner's weight</source>
            <translation>Owner's weight</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Record a payment</source>
            <translation>Record a payment</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>What the member paid the group; negative for a refund to the member.</source>
            <translation>What the member paid the group; negative for a refund to the member.</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Paid on</translation>
        </message>
        <message>
            <source>Invoice number</source>
            <translation>Invoice number</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Member:</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>&amp;Amount:</translation>
        </message>
        <message>
            <source>&amp;Paid on:</source>
            <translation>&amp;Paid on:</translation>
        </message>
        <message>
            <source>&amp;Invoice number:</source>
            <translation>&amp;Invoice number:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
    </context>
    <context>
        <name>PaymentsModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Invoice</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>PdfPane</name>
        <message>
            <source>Document preview</source>
            <translation>Document preview</translation>
        </message>
        <message>
            <source>Choose a statement or an invoice to see it here.</source>
            <translation>Choose a statement or an invoice to see it here.</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Sa&amp;ve as…</source>
            <translation>Sa&amp;ve as…</translation>
        </message>
        <message>
            <source>Open in &amp;viewer</source>
            <translation>Open in &amp;viewer</translation>
        </message>
        <message>
            <source>Save the PDF</source>
            <translation>Save the PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>The PDF could not be written to {file}: {reason}</source>
            <translation>The PDF could not be written to {file}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
    </context>
    <context>
        <name>PeriodField</name>
        <message>
            <source>One &amp;day</source>
            <translation>One &amp;day</translation>
        </message>
        <message>
            <source>A peri&amp;od</source>
            <translation>A peri&amp;od</translation>
        </message>
        <message>
            <source>Date or first day</source>
            <translation>Date or first day</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>This year</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>Last year</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>All dates</source>
            <translation>All dates</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>t&amp;o</source>
            <translation>t&amp;o</translation>
        </message>
    </context>
    <context>
        <name>PhotoField</name>
        <message>
            <source>Photo preview</source>
            <translation>Photo preview</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Choose a photo</source>
            <translation>Choose a photo</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>Remo&amp;ve</translation>
        </message>
        <message>
            <source>Remove the photo</source>
            <translation>Remove the photo</translation>
        </message>
        <message>
            <source>No photo</source>
            <translation>No photo</translation>
        </message>
        <message>
            <source>Photo cannot be shown</source>
            <translation>Photo cannot be shown</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>Plan maintenance</source>
            <translation>Plan maintenance</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Asset</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Oil change, blade sharpening…</source>
            <translation>Oil change, blade sharpening…</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Every so many months</source>
            <translation>Every so many months</translation>
        </message>
        <message>
            <source>Every so many kilometres or hours</source>
            <translation>Every so many kilometres or hours</translation>
        </message>
        <message>
            <source>months</source>
            <translation>months</translation>
        </message>
        <message>
            <source>or</source>
            <translation>or</translation>
        </message>
        <message>
            <source>Last done</source>
            <translation>Last done</translation>
        </message>
        <message>
            <source>Keep the asset out of bookings while it is being maintained</source>
            <translation>Keep the asset out of bookings while it is being maintained</translation>
        </message>
        <message>
            <source>&amp;Asset:</source>
            <translation>&amp;Asset:</translation>
        </message>
        <message>
            <source>&amp;Task:</source>
            <translation>&amp;Task:</translation>
        </message>
        <message>
            <source>&amp;Every:</source>
            <translation>&amp;Every:</translation>
        </message>
        <message>
            <source>&amp;Last done:</source>
            <translation>&amp;Last done:</translation>
        </message>
        <message>
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>hours</translation>
        </message>
    </context>
    <context>
        <name>PlansModel</name>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Asset</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Every</source>
            <translation>Every</translation>
        </message>
        <message>
            <source>Last done</source>
            <translation>Last done</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Next due</translation>
        </message>
        <message>
            <source>Due at reading</source>
            <translation>Due at reading</translation>
        </message>
        <message>
            <source>Meter now</source>
            <translation>Meter now</translation>
        </message>
        <message numerus="yes">
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n month</numerusform>
                <numerusform>%n months</numerusform>
            </translation>
        </message>
        <message>
            <source> or </source>
            <translation> or </translation>
        </message>
    </context>
    <context>
        <name>PoliciesModel</name>
        <message>
            <source>Insurer</source>
            <translation>Insurer</translation>
        </message>
        <message>
            <source>Policy number</source>
            <translation>Policy number</translation>
        </message>
        <message>
            <source>Insured</source>
            <translation>Insured</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>Premium</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Renewal</source>
            <translation>Renewal</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Notice</translation>
        </message>
        <message numerus="yes">
            <source>Renew within %n day(s)</source>
            <translation>
                <numerusform>Renew within %n day</numerusform>
                <numerusform>Renew within %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Renew today</source>
            <translation>Renew today</translation>
        </message>
        <message numerus="yes">
            <source>Expired %n day(s) ago</source>
            <translation>
                <numerusform>Expired %n day ago</numerusform>
                <numerusform>Expired %n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PolicyDialog</name>
        <message>
            <source>New insurance policy</source>
            <translation>New insurance policy</translation>
        </message>
        <message>
            <source>Insured</source>
            <translation>Insured</translation>
        </message>
        <message>
            <source>The group (liability, premises…)</source>
            <translation>The group (liability, premises…)</translation>
        </message>
        <message>
            <source>Insurer</source>
            <translation>Insurer</translation>
        </message>
        <message>
            <source>Policy number</source>
            <translation>Policy number</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Coverage</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>Premium</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Paid by</translation>
        </message>
        <message>
            <source>I&amp;nsured:</source>
            <translation>I&amp;nsured:</translation>
        </message>
        <message>
            <source>&amp;Insurer:</source>
            <translation>&amp;Insurer:</translation>
        </message>
        <message>
            <source>Policy n&amp;umber:</source>
            <translation>Policy n&amp;umber:</translation>
        </message>
        <message>
            <source>C&amp;overage:</source>
            <translation>C&amp;overage:</translation>
        </message>
        <message>
            <source>&amp;Premium:</source>
            <translation>&amp;Premium:</translation>
        </message>
        <message>
            <source>P&amp;eriod:</source>
            <translation>P&amp;eriod:</translation>
        </message>
        <message>
            <source>Paid &amp;by:</source>
            <translation>Paid &amp;by:</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Language of the system</source>
            <translation>Language of the system</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Colours of the system</source>
            <translation>Colours of the system</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>Colours</source>
            <translation>Colours</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Recorded with every change you make, so your group knows who did what. Left empty, your login name is used.</source>
            <translation>Recorded with every change you make, so your group knows who did what. Left empty, your login name is used.</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Colours:</source>
            <translation>&amp;Colours:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Your &amp;name:</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Automatic backups</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>Left empty, backups go to {folder}</source>
            <translation>Left empty, backups go to {folder}</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Choose the backup folder</translation>
        </message>
        <message>
            <source>Backups kept of each database</source>
            <translation>Backups kept of each database</translation>
        </message>
        <message>
            <source>Each time a database file is opened it is copied here; the oldest copies beyond this number are deleted. Backups already taken stay where they are, and File › Restore a backup lists those of the folder chosen.</source>
            <translation>Each time a database file is opened it is copied here; the oldest copies beyond this number are deleted. Backups already taken stay where they are, and File › Restore a backup lists those of the folder chosen.</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>&amp;Keep:</source>
            <translation>&amp;Keep:</translation>
        </message>
        <message>
            <source> newest copies</source>
            <translation> newest copies</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>PresencePanel</name>
        <message>
            <source>Who is here</source>
            <translation>Who is here</translation>
        </message>
        <message>
            <source>People who have the database open</source>
            <translation>People who have the database open</translation>
        </message>
        <message>
            <source>Nobody else has this database open.</source>
            <translation>Nobody else has this database open.</translation>
        </message>
        <message>
            <source>Others see you as {name} ({user}, {machine}).</source>
            <translation>Others see you as {name} ({user}, {machine}).</translation>
        </message>
        <message>
            <source>This window is read-only: others do not see you here.</source>
            <translation>This window is read-only: others do not see you here.</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Column {number}</source>
            <translation>Column {number}</translation>
        </message>
    </context>
    <context>
        <name>ProblemsModel</name>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
    </context>
    <context>
        <name>ReceiptField</name>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Attac&amp;h…</source>
            <translation>Attac&amp;h…</translation>
        </message>
        <message>
            <source>Attach a receipt</source>
            <translation>Attach a receipt</translation>
        </message>
        <message>
            <source>Op&amp;en</source>
            <translation>Op&amp;en</translation>
        </message>
        <message>
            <source>Open the receipt</source>
            <translation>Open the receipt</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>Remo&amp;ve</translation>
        </message>
        <message>
            <source>Remove the receipt</source>
            <translation>Remove the receipt</translation>
        </message>
        <message>
            <source>No receipt</source>
            <translation>No receipt</translation>
        </message>
        <message>
            <source>{name} ({size} kB)</source>
            <translation>{name} ({size} kB)</translation>
        </message>
        <message>
            <source>Receipt attached</source>
            <translation>Receipt attached</translation>
        </message>
        <message>
            <source>Re&amp;place…</source>
            <translation>Re&amp;place…</translation>
        </message>
    </context>
    <context>
        <name>RecordDialog</name>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>The database is open read-only: nothing can be changed.</source>
            <translation>The database is open read-only: nothing can be changed.</translation>
        </message>
        <message>
            <source>Their version is shown now; your changes were dropped.</source>
            <translation>Their version is shown now; your changes were dropped.</translation>
        </message>
        <message>
            <source>Someone else deleted {subject} after you opened it: it can no longer be saved.</source>
            <translation>Someone else deleted {subject} after you opened it: it can no longer be saved.</translation>
        </message>
        <message>
            <source>Deleted by someone else</source>
            <translation>Deleted by someone else</translation>
        </message>
        <message>
            <source>Someone else deleted {subject} after you opened it. Save your version as a new one?</source>
            <translation>Someone else deleted {subject} after you opened it. Save your version as a new one?</translation>
        </message>
        <message>
            <source>Save as new</source>
            <translation>Save as new</translation>
        </message>
        <message>
            <source>Someone else deleted {subject} after you opened it; nothing was saved.</source>
            <translation>Someone else deleted {subject} after you opened it; nothing was saved.</translation>
        </message>
    </context>
    <context>
        <name>RecordDoneDialog</name>
        <message>
            <source>Maintenance done — {asset}: {task}</source>
            <translation>Maintenance done — {asset}: {task}</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Done on</translation>
        </message>
        <message>
            <source>Meter reading</source>
            <translation>Meter reading</translation>
        </message>
        <message>
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Paid by</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Plan:</source>
            <translation>Plan:</translation>
        </message>
        <message>
            <source>&amp;Done on:</source>
            <translation>&amp;Done on:</translation>
        </message>
        <message>
            <source>&amp;Meter reading:</source>
            <translation>&amp;Meter reading:</translation>
        </message>
        <message>
            <source>&amp;Cost:</source>
            <translation>&amp;Cost:</translation>
        </message>
        <message>
            <source>&amp;Paid by:</source>
            <translation>&amp;Paid by:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Due at {reading}</source>
            <translation>Due at {reading}</translation>
        </message>
        <message>
            <source>Last done:</source>
            <translation>Last done:</translation>
        </message>
        <message>
            <source>the maintenance “{task}” of “{asset}”</source>
            <translation>the maintenance “{task}” of “{asset}”</translation>
        </message>
    </context>
    <context>
        <name>Recurrence</name>
        <message>
            <source>first</source>
            <translation>first</translation>
        </message>
        <message>
            <source>second</source>
            <translation>second</translation>
        </message>
        <message>
            <source>third</source>
            <translation>third</translation>
        </message>
        <message>
            <source>fourth</source>
            <translation>fourth</translation>
        </message>
        <message>
            <source>last</source>
            <translation>last</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Every day</translation>
        </message>
        <message>
            <source>Every {n} days</source>
            <translation>Every {n} days</translation>
        </message>
        <message>
            <source>Every {days}</source>
            <translation>Every {days}</translation>
        </message>
        <message>
            <source>Every {n} weeks on {days}</source>
            <translation>Every {n} weeks on {days}</translation>
        </message>
        <message>
            <source>Every month on day {day}</source>
            <translation>Every month on day {day}</translation>
        </message>
        <message>
            <source>Every {n} months on day {day}</source>
            <translation>Every {n} months on day {day}</translation>
        </message>
        <message>
            <source>Every month on the {ordinal} {weekday}</source>
            <translation>Every month on the {ordinal} {weekday}</translation>
        </message>
        <message>
            <source>Every {n} months on the {ordinal} {weekday}</source>
            <translation>Every {n} months on the {ordinal} {weekday}</translation>
        </message>
        <message>
            <source>{rule}, once</source>
            <translation>{rule}, once</translation>
        </message>
        <message>
            <source>{rule}, {count} times</source>
            <translation>{rule}, {count} times</translation>
        </message>
        <message>
            <source>{rule} until {date}</source>
            <translation>{rule} until {date}</translation>
        </message>
    </context>
    <context>
        <name>RecurrenceEditor</name>
        <message>
            <source>Repeat</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Does not repeat</translation>
        </message>
        <message>
            <source>Daily</source>
            <translation>Daily</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Weekly</translation>
        </message>
        <message>
            <source>Monthly, on the same date</source>
            <translation>Monthly, on the same date</translation>
        </message>
        <message>
            <source>Monthly, on the same weekday</source>
            <translation>Monthly, on the same weekday</translation>
        </message>
        <message>
            <source>Repeat every</source>
            <translation>Repeat every</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
        </message>
        <message>
            <source>Number of times</source>
            <translation>Number of times</translation>
        </message>
        <message>
            <source>Last date</source>
            <translation>Last date</translation>
        </message>
        <message>
            <source>Recurrence in words</source>
            <translation>Recurrence in words</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Repeat:</translation>
        </message>
        <message>
            <source>Every:</source>
            <translation>Every:</translation>
        </message>
        <message>
            <source>On:</source>
            <translation>On:</translation>
        </message>
        <message>
            <source>Ends:</source>
            <translation>Ends:</translation>
        </message>
        <message>
            <source>day</source>
            <translation>day</translation>
        </message>
        <message>
            <source>days</source>
            <translation>days</translation>
        </message>
        <message>
            <source>week</source>
            <translation>week</translation>
        </message>
        <message>
            <source>weeks</source>
            <translation>weeks</translation>
        </message>
        <message>
            <source>month</source>
            <translation>month</translation>
        </message>
        <message>
            <source>months</source>
            <translation>months</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>When the database was opened</source>
            <translation>When the database was opened</translation>
        </message>
        <message>
            <source>Backup now</source>
            <translation>Backup now</translation>
        </message>
        <message>
            <source>Before an upgrade</source>
            <translation>Before an upgrade</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Before a restore</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Choose the backup to put back in place of the database. The database as it is now is backed up first, so a restore can itself be undone. Nobody else may have the database open meanwhile.</source>
            <translation>Choose the backup to put back in place of the database. The database as it is now is backed up first, so a restore can itself be undone. Nobody else may have the database open meanwhile.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>This database has no backup yet.</source>
            <translation>This database has no backup yet.</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restore…</translation>
        </message>
    </context>
    <context>
        <name>SplitMatrixModel</name>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Costs of no particular asset: the group's overhead</source>
            <translation>Costs of no particular asset: the group's overhead</translation>
        </message>
        <message>
            <source>{member} — {asset}: {amount}</source>
            <translation>{member} — {asset}: {amount}</translation>
        </message>
    </context>
    <context>
        <name>SplitView</name>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>Splitting the costs</source>
            <translation>Splitting the costs</translation>
        </message>
        <message>
            <source>Splitting the costs…</source>
            <translation>Splitting the costs…</translation>
        </message>
        <message>
            <source>Split summary</source>
            <translation>Split summary</translation>
        </message>
        <message>
            <source>Split by member and asset</source>
            <translation>Split by member and asset</translation>
        </message>
        <message>
            <source>Shares behind the chosen amount</source>
            <translation>Shares behind the chosen amount</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Explanation</translation>
        </message>
        <message numerus="yes">
            <source>{period}: {total} shared among %n member(s)</source>
            <translation>
                <numerusform>{period}: {total} shared among %n member</numerusform>
                <numerusform>{period}: {total} shared among %n members</numerusform>
            </translation>
        </message>
        <message>
            <source>({amount} not shared: nobody belonged to the group on those days)</source>
            <translation>({amount} not shared: nobody belonged to the group on those days)</translation>
        </message>
        <message>
            <source>The costs touching this period come to {whole}; {outside} of it falls on days outside the period and is shared in the periods it covers.</source>
            <translation>The costs touching this period come to {whole}; {outside} of it falls on days outside the period and is shared in the periods it covers.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Choose an amount to see the costs behind it.</source>
            <translation>Choose an amount to see the costs behind it.</translation>
        </message>
        <message>
            <source>Every cost of the period: {amount} in all</source>
            <translation>Every cost of the period: {amount} in all</translation>
        </message>
        <message>
            <source>{asset}, every member: {amount}</source>
            <translation>{asset}, every member: {amount}</translation>
        </message>
        <message>
            <source>{member}, every asset: {amount}</source>
            <translation>{member}, every asset: {amount}</translation>
        </message>
        <message>
            <source>{member} — {asset}: {amount}</source>
            <translation>{member} — {asset}: {amount}</translation>
        </message>
        <message>
            <source>No costs to share in this period.</source>
            <translation>No costs to share in this period.</translation>
        </message>
        <message>
            <source>Nothing owed here.</source>
            <translation>Nothing owed here.</translation>
        </message>
    </context>
    <context>
        <name>StatementsView</name>
        <message>
            <source>&amp;Issue all…</source>
            <translation>&amp;Issue all…</translation>
        </message>
        <message>
            <source>Give every draft with something to invoice a number and store it for good</source>
            <translation>Give every draft with something to invoice a number and store it for good</translation>
        </message>
        <message>
            <source>Organisation and &amp;taxes…</source>
            <translation>Organisation and &amp;taxes…</translation>
        </message>
        <message>
            <source>Working out the statements</source>
            <translation>Working out the statements</translation>
        </message>
        <message>
            <source>Draft statements</source>
            <translation>Draft statements</translation>
        </message>
        <message>
            <source>Issue &amp;this one</source>
            <translation>Issue &amp;this one</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>Invoices</translation>
        </message>
        <message>
            <source>No invoice issued yet: issue the drafts of a period.</source>
            <translation>No invoice issued yet: issue the drafts of a period.</translation>
        </message>
        <message>
            <source>Record a &amp;payment…</source>
            <translation>Record a &amp;payment…</translation>
        </message>
        <message>
            <source>&amp;Void (credit note)…</source>
            <translation>&amp;Void (credit note)…</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Drafts</translation>
        </message>
        <message>
            <source>{start} – {end}: {count} statements, {total} to invoice; {ready} ready to issue.</source>
            <translation>{start} – {end}: {count} statements, {total} to invoice; {ready} ready to issue.</translation>
        </message>
        <message>
            <source>Working out the statements…</source>
            <translation>Working out the statements…</translation>
        </message>
        <message>
            <source>No member belonged to the group in this period.</source>
            <translation>No member belonged to the group in this period.</translation>
        </message>
        <message>
            <source>Draft statement of {member}</source>
            <translation>Draft statement of {member}</translation>
        </message>
        <message>
            <source>Credit note {number} — {member}</source>
            <translation>Credit note {number} — {member}</translation>
        </message>
        <message>
            <source>Invoice {number} — {member}</source>
            <translation>Invoice {number} — {member}</translation>
        </message>
        <message>
            <source>{month} {first} – {last}, {year}</source>
            <translation>{month} {first} – {last}, {year}</translation>
        </message>
        <message>
            <source>{first_month} {first} – {last_month} {last}, {year}</source>
            <translation>{first_month} {first} – {last_month} {last}, {year}</translation>
        </message>
        <message>
            <source>Issue the invoice of {member} for {period}, {total}?</source>
            <translation>Issue the invoice of {member} for {period}, {total}?</translation>
        </message>
        <message>
            <source>Issue {count} invoices for {period}, {total} in all?</source>
            <translation>Issue {count} invoices for {period}, {total} in all?</translation>
        </message>
        <message>
            <source>Issued invoices are permanent: a correction takes a credit note.</source>
            <translation>Issued invoices are permanent: a correction takes a credit note.</translation>
        </message>
        <message>
            <source>Issue invoices</source>
            <translation>Issue invoices</translation>
        </message>
        <message>
            <source>The period {period} has not ended: today is {today}. Its invoices would leave out every cost, booking and payment from now until {end}.</source>
            <translation>The period {period} has not ended: today is {today}. Its invoices would leave out every cost, booking and payment from now until {end}.</translation>
        </message>
        <message>
            <source>Issue before the period ends</source>
            <translation>Issue before the period ends</translation>
        </message>
        <message>
            <source>Issuing invoices</source>
            <translation>Issuing invoices</translation>
        </message>
        <message>
            <source>Issuing the invoices…</source>
            <translation>Issuing the invoices…</translation>
        </message>
        <message numerus="yes">
            <source>%n invoice(s) issued, {first} to {last}.</source>
            <translation>
                <numerusform>%n invoice issued, {first} to {last}.</numerusform>
                <numerusform>%n invoices issued, {first} to {last}.</numerusform>
            </translation>
        </message>
        <message>
            <source>No invoice was issued.</source>
            <translation>No invoice was issued.</translation>
        </message>
        <message>
            <source>Stopped before the end: the rest are still drafts.</source>
            <translation>Stopped before the end: the rest are still drafts.</translation>
        </message>
        <message numerus="yes">
            <source>%n skipped (nothing to invoice, or already invoiced).</source>
            <translation>
                <numerusform>%n skipped (nothing to invoice, or already invoiced).</numerusform>
                <numerusform>%n skipped (nothing to invoice, or already invoiced).</numerusform>
            </translation>
        </message>
        <message>
            <source>Void an invoice</source>
            <translation>Void an invoice</translation>
        </message>
        <message>
            <source>Void invoice {number} of {member}? A credit note of {amount} is issued; the period can then be invoiced again.</source>
            <translation>Void invoice {number} of {member}? A credit note of {amount} is issued; the period can then be invoiced again.</translation>
        </message>
    </context>
    <context>
        <name>TimeGridCanvas</name>
        <message>
            <source>{count} bookings</source>
            <translation>{count} bookings</translation>
        </message>
    </context>
    <context>
        <name>Upkeep</name>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>Up to date</translation>
        </message>
        <message>
            <source>{value} km</source>
            <translation>{value} km</translation>
        </message>
        <message>
            <source>{value} h</source>
            <translation>{value} h</translation>
        </message>
    </context>
    <context>
        <name>UpkeepView</name>
        <message>
            <source>Maintenance plans</source>
            <translation>Maintenance plans</translation>
        </message>
        <message>
            <source>No maintenance planned — click Plan maintenance… to add the first.</source>
            <translation>No maintenance planned — click Plan maintenance… to add the first.</translation>
        </message>
        <message>
            <source>Insurance policies</source>
            <translation>Insurance policies</translation>
        </message>
        <message>
            <source>No insurance policies — click Add policy… to enter the first.</source>
            <translation>No insurance policies — click Add policy… to enter the first.</translation>
        </message>
        <message>
            <source>&amp;Plan maintenance…</source>
            <translation>&amp;Plan maintenance…</translation>
        </message>
        <message>
            <source>&amp;Record done…</source>
            <translation>&amp;Record done…</translation>
        </message>
        <message>
            <source>&amp;Add policy…</source>
            <translation>&amp;Add policy…</translation>
        </message>
        <message>
            <source>Maintenance and insurance</source>
            <translation>Maintenance and insurance</translation>
        </message>
        <message>
            <source>&amp;Maintenance</source>
            <translation>&amp;Maintenance</translation>
        </message>
        <message>
            <source>&amp;Insurance</source>
            <translation>&amp;Insurance</translation>
        </message>
        <message numerus="yes">
            <source>%n plan(s) overdue</source>
            <translation>
                <numerusform>%n plan overdue</numerusform>
                <numerusform>%n plans overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due within 30 days</source>
            <translation>
                <numerusform>%n due within 30 days</numerusform>
                <numerusform>%n due within 30 days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n renewal(s) due within {days} days</source>
            <translation>
                <numerusform>%n renewal due within {days} days</numerusform>
                <numerusform>%n renewals due within {days} days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomeScreen</name>
        <message>
            <source>Partage</source>
            <translation>Partage</translation>
        </message>
        <message>
            <source>Partage logo</source>
            <translation>Partage logo</translation>
        </message>
        <message>
            <source>Pool equipment, spaces and vehicles; book them and share what they cost.</source>
            <translation>Pool equipment, spaces and vehicles; book them and share what they cost.</translation>
        </message>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;New database…</translation>
        </message>
        <message>
            <source>Start an empty database for your group, on this computer or a shared drive.</source>
            <translation>Start an empty database for your group, on this computer or a shared drive.</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>Open a Partage database you or your group already use.</source>
            <translation>Open a Partage database you or your group already use.</translation>
        </message>
        <message>
            <source>Try the &amp;demo</source>
            <translation>Try the &amp;demo</translation>
        </message>
        <message>
            <source>Explore a sample co-op with members and assets, in a copy of its own.</source>
            <translation>Explore a sample co-op with members and assets, in a copy of its own.</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>New database</translation>
        </message>
        <message>
            <source>Open a database</source>
            <translation>Open a database</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Try the demo</translation>
        </message>
        <message>
            <source>&amp;Recent databases</source>
            <translation>&amp;Recent databases</translation>
        </message>
        <message>
            <source>Recent databases</source>
            <translation>Recent databases</translation>
        </message>
        <message>
            <source>Databases you open will be listed here.</source>
            <translation>Databases you open will be listed here.</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
    </context>
    <context>
        <name>account</name>
        <message>
            <source>STATEMENT OF ACCOUNT</source>
            <translation>STATEMENT OF ACCOUNT</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>Printed on</source>
            <translation>Printed on</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Member no.</translation>
        </message>
        <message>
            <source>Account of</source>
            <translation>Account of</translation>
        </message>
        <message>
            <source>Charges, payments and credits</source>
            <translation>Charges, payments and credits</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>Owed</translation>
        </message>
        <message>
            <source>Owed before the period</source>
            <translation>Owed before the period</translation>
        </message>
        <message>
            <source>Nothing was charged or paid in this period.</source>
            <translation>Nothing was charged or paid in this period.</translation>
        </message>
        <message>
            <source>Charged in the period</source>
            <translation>Charged in the period</translation>
        </message>
        <message>
            <source>Paid and credited in the period</source>
            <translation>Paid and credited in the period</translation>
        </message>
        <message>
            <source>Amount you owe on {day}</source>
            <translation>Amount you owe on {day}</translation>
        </message>
        <message>
            <source>Amount in your favour on {day}</source>
            <translation>Amount in your favour on {day}</translation>
        </message>
        <message>
            <source>Nothing is owed on {day}</source>
            <translation>Nothing is owed on {day}</translation>
        </message>
        <message>
            <source>How to pay</source>
            <translation>How to pay</translation>
        </message>
        <message>
            <source>About this statement</source>
            <translation>About this statement</translation>
        </message>
        <message>
            <source>This statement lists everything recorded on your account in the period: your share of the costs month by month, taxes, payments, expenses you paid for the group and opening balances. The last column is what you owe after each line; a negative amount is what the group owes you. It is not an invoice.</source>
            <translation>This statement lists everything recorded on your account in the period: your share of the costs month by month, taxes, payments, expenses you paid for the group and opening balances. The last column is what you owe after each line; a negative amount is what the group owes you. It is not an invoice.</translation>
        </message>
        <message>
            <source>(continued)</source>
            <translation>(continued)</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>GST no. {number}</source>
            <translation>GST no. {number}</translation>
        </message>
        <message>
            <source>QST no. {number}</source>
            <translation>QST no. {number}</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>usage: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>positional arguments</translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>show this help message and exit</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>show program's version number and exit</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>the following arguments are required: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>one of the arguments %s is required</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unrecognized arguments: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>invalid %(type)s value: %(value)r</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>expected one argument</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>expected at most one argument</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>expected at least one argument</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>expected %s argument</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>expected %s arguments</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>not allowed with argument %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>ignored explicit argument %r</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>ambiguous option: %(option)s could match %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>unexpected option string: %s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>can't open '%(filename)s': %(error)s</translation>
        </message>
        <message>
            <source>subcommands</source>
            <translation>subcommands</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>Partage ran into an unexpected problem and stopped. Nothing more was changed. The details are in {path}; please send that file with a report.</source>
            <translation>Partage ran into an unexpected problem and stopped. Nothing more was changed. The details are in {path}; please send that file with a report.</translation>
        </message>
        <message>
            <source>The argument “{text}” is not valid UTF-8 text (� marks the bytes that are not): write it again in UTF-8.</source>
            <translation>The argument “{text}” is not valid UTF-8 text (� marks the bytes that are not): write it again in UTF-8.</translation>
        </message>
        <message>
            <source>Interrupted.</source>
            <translation>Interrupted.</translation>
        </message>
        <message>
            <source>equipment</source>
            <translation>equipment</translation>
        </message>
        <message>
            <source>space</source>
            <translation>space</translation>
        </message>
        <message>
            <source>vehicle</source>
            <translation>vehicle</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>in repair</source>
            <translation>in repair</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>retired</translation>
        </message>
        <message>
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>add, list and edit assets</source>
            <translation>add, list and edit assets</translation>
        </message>
        <message>
            <source>add an asset</source>
            <translation>add an asset</translation>
        </message>
        <message>
            <source>the asset's name</source>
            <translation>the asset's name</translation>
        </message>
        <message>
            <source>list the assets</source>
            <translation>list the assets</translation>
        </message>
        <message>
            <source>change an asset; only the options given change</source>
            <translation>change an asset; only the options given change</translation>
        </message>
        <message>
            <source>the asset's id or exact name</source>
            <translation>the asset's id or exact name</translation>
        </message>
        <message>
            <source>a new name</source>
            <translation>a new name</translation>
        </message>
        <message>
            <source>what kind of asset it is</source>
            <translation>what kind of asset it is</translation>
        </message>
        <message>
            <source>a category of your own, such as Tools</source>
            <translation>a category of your own, such as Tools</translation>
        </message>
        <message>
            <source>where the asset is kept</source>
            <translation>where the asset is kept</translation>
        </message>
        <message>
            <source>a description</source>
            <translation>a description</translation>
        </message>
        <message>
            <source>what the asset's meter counts: km or hours (none: no meter)</source>
            <translation>what the asset's meter counts: km or hours (none: no meter)</translation>
        </message>
        <message>
            <source>purchase price, such as 1234.56 or "1 234,56 $" (empty: none)</source>
            <translation>purchase price, such as 1234.56 or "1 234,56 $" (empty: none)</translation>
        </message>
        <message>
            <source>purchase date, YYYY-MM-DD (empty: none)</source>
            <translation>purchase date, YYYY-MM-DD (empty: none)</translation>
        </message>
        <message>
            <source>a member's ownership share, such as "Alice=2"; repeat for each owner (on edit, the list given replaces the current one)</source>
            <translation>a member's ownership share, such as "Alice=2"; repeat for each owner (on edit, the list given replaces the current one)</translation>
        </message>
        <message>
            <source>remove every ownership share</source>
            <translation>remove every ownership share</translation>
        </message>
        <message>
            <source>how the asset's costs are split: equal, shares, usage, weights:MEMBER=W,MEMBER=W or mix:shares=50,usage=50</source>
            <translation>how the asset's costs are split: equal, shares, usage, weights:MEMBER=W,MEMBER=W or mix:shares=50,usage=50</translation>
        </message>
        <message>
            <source>active (default), in_repair or retired</source>
            <translation>active (default), in_repair or retired</translation>
        </message>
        <message>
            <source>Added the asset “{name}” (id {id}).</source>
            <translation>Added the asset “{name}” (id {id}).</translation>
        </message>
        <message>
            <source>No assets yet.</source>
            <translation>No assets yet.</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>Meter</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Purchase price</source>
            <translation>Purchase price</translation>
        </message>
        <message>
            <source>Owners</source>
            <translation>Owners</translation>
        </message>
        <message>
            <source>Saved the asset “{name}” (id {id}).</source>
            <translation>Saved the asset “{name}” (id {id}).</translation>
        </message>
        <message>
            <source>requested</source>
            <translation>requested</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmed</translation>
        </message>
        <message>
            <source>checked out</source>
            <translation>checked out</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>returned</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>book an asset for a member, once or as a recurring series</source>
            <translation>book an asset for a member, once or as a recurring series</translation>
        </message>
        <message>
            <source>the member's id or exact name; left out (or -) with --blackout</source>
            <translation>the member's id or exact name; left out (or -) with --blackout</translation>
        </message>
        <message>
            <source>start, YYYY-MM-DDTHH:MM in the database's time zone</source>
            <translation>start, YYYY-MM-DDTHH:MM in the database's time zone</translation>
        </message>
        <message>
            <source>end, YYYY-MM-DDTHH:MM in the database's time zone (not included)</source>
            <translation>end, YYYY-MM-DDTHH:MM in the database's time zone (not included)</translation>
        </message>
        <message>
            <source>repeat as an RFC 5545 rule with an end, such as FREQ=WEEKLY;BYDAY=TU;COUNT=4; every occurrence keeps the local time of START</source>
            <translation>repeat as an RFC 5545 rule with an end, such as FREQ=WEEKLY;BYDAY=TU;COUNT=4; every occurrence keeps the local time of START</translation>
        </message>
        <message>
            <source>for a series, book the free dates and skip those already booked</source>
            <translation>for a series, book the free dates and skip those already booked</translation>
        </message>
        <message>
            <source>close the asset (maintenance, closure) instead of lending it; no member</source>
            <translation>close the asset (maintenance, closure) instead of lending it; no member</translation>
        </message>
        <message>
            <source>confirmed (default) or requested</source>
            <translation>confirmed (default) or requested</translation>
        </message>
        <message>
            <source>a member's statement of account: what they owed before the period, each charge, tax, payment and credit in it with the running balance, and what they owe at its end; or 'account opening MEMBER AMOUNT --date DATE' to record the balance a member had when the group started using Partage (positive: the member owes it)</source>
            <translation>a member's statement of account: what they owed before the period, each charge, tax, payment and credit in it with the running balance, and what they owe at its end; or 'account opening MEMBER AMOUNT --date DATE' to record the balance a member had when the group started using Partage (positive: the member owes it)</translation>
        </message>
        <message>
            <source>the member's id or exact name (or: opening MEMBER AMOUNT)</source>
            <translation>the member's id or exact name (or: opening MEMBER AMOUNT)</translation>
        </message>
        <message>
            <source>the first day, YYYY-MM-DD (default: the first day anything was recorded)</source>
            <translation>the first day, YYYY-MM-DD (default: the first day anything was recorded)</translation>
        </message>
        <message>
            <source>the last day (included), YYYY-MM-DD (default: today)</source>
            <translation>the last day (included), YYYY-MM-DD (default: today)</translation>
        </message>
        <message>
            <source>for an opening balance: its day, YYYY-MM-DD</source>
            <translation>for an opening balance: its day, YYYY-MM-DD</translation>
        </message>
        <message>
            <source>a note</source>
            <translation>a note</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Owed</source>
            <translation>Owed</translation>
        </message>
        <message>
            <source>Owed before the period</source>
            <translation>Owed before the period</translation>
        </message>
        <message>
            <source>Account of {member}, {start} to {end}</source>
            <translation>Account of {member}, {start} to {end}</translation>
        </message>
        <message>
            <source>{member} owes {amount} at the end of {day}.</source>
            <translation>{member} owes {amount} at the end of {day}.</translation>
        </message>
        <message>
            <source>The group owes {member} {amount} at the end of {day}.</source>
            <translation>The group owes {member} {amount} at the end of {day}.</translation>
        </message>
        <message>
            <source>Recorded an opening balance of {amount} for {member} on {date}.</source>
            <translation>Recorded an opening balance of {amount} for {member} on {date}.</translation>
        </message>
        <message>
            <source>list the bookings, oldest first</source>
            <translation>list the bookings, oldest first</translation>
        </message>
        <message>
            <source>only this asset (id or exact name)</source>
            <translation>only this asset (id or exact name)</translation>
        </message>
        <message>
            <source>only this member (id or exact name)</source>
            <translation>only this member (id or exact name)</translation>
        </message>
        <message>
            <source>only bookings on or after this day, YYYY-MM-DD</source>
            <translation>only bookings on or after this day, YYYY-MM-DD</translation>
        </message>
        <message>
            <source>only bookings on or before this day (included), YYYY-MM-DD</source>
            <translation>only bookings on or before this day (included), YYYY-MM-DD</translation>
        </message>
        <message>
            <source>include cancelled bookings</source>
            <translation>include cancelled bookings</translation>
        </message>
        <message>
            <source>cancel a booking that is not checked out</source>
            <translation>cancel a booking that is not checked out</translation>
        </message>
        <message>
            <source>also cancel the later occurrences of its series</source>
            <translation>also cancel the later occurrences of its series</translation>
        </message>
        <message>
            <source>hand the asset of a booking over</source>
            <translation>hand the asset of a booking over</translation>
        </message>
        <message>
            <source>take the asset of a checked-out booking back</source>
            <translation>take the asset of a checked-out booking back</translation>
        </message>
        <message>
            <source>the state the asset came back in</source>
            <translation>the state the asset came back in</translation>
        </message>
        <message>
            <source>record a meter reading that means more use than the loan allows (the audit log says so)</source>
            <translation>record a meter reading that means more use than the loan allows (the audit log says so)</translation>
        </message>
        <message>
            <source>the booking's number (the ID column of partage-cli bookings)</source>
            <translation>the booking's number (the ID column of partage-cli bookings)</translation>
        </message>
        <message>
            <source>the meter reading, a whole number of km or hours</source>
            <translation>the meter reading, a whole number of km or hours</translation>
        </message>
        <message>
            <source>“{asset}” is closed from {start} to {end} (booking {id}).</source>
            <translation>“{asset}” is closed from {start} to {end} (booking {id}).</translation>
        </message>
        <message>
            <source>Booked “{asset}” for {member} from {start} to {end} (booking {id}).</source>
            <translation>Booked “{asset}” for {member} from {start} to {end} (booking {id}).</translation>
        </message>
        <message>
            <source>Booked “{asset}” {count} time(s), from {first} to {last} (series {series}).</source>
            <translation>Booked “{asset}” {count} time(s), from {first} to {last} (series {series}).</translation>
        </message>
        <message>
            <source>Skipped {count} date(s) when “{asset}” was already booked: {dates}.</source>
            <translation>Skipped {count} date(s) when “{asset}” was already booked: {dates}.</translation>
        </message>
        <message>
            <source>No bookings.</source>
            <translation>No bookings.</translation>
        </message>
        <message>
            <source>{status}, OVERDUE</source>
            <translation>{status}, OVERDUE</translation>
        </message>
        <message>
            <source>(closed)</source>
            <translation>(closed)</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Asset</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Cancelled {count} booking(s): {ids}.</source>
            <translation>Cancelled {count} booking(s): {ids}.</translation>
        </message>
        <message>
            <source>Checked out booking {id} of “{asset}”.</source>
            <translation>Checked out booking {id} of “{asset}”.</translation>
        </message>
        <message>
            <source>If the reading is right, run the command again with --force.</source>
            <translation>If the reading is right, run the command again with --force.</translation>
        </message>
        <message>
            <source>Checked in booking {id} of “{asset}”.</source>
            <translation>Checked in booking {id} of “{asset}”.</translation>
        </message>
        <message>
            <source>“{name}” already had these values.</source>
            <translation>“{name}” already had these values.</translation>
        </message>
        <message>
            <source>write the bookings as an iCalendar (.ics) file for calendar programs; a series as one event with its rule</source>
            <translation>write the bookings as an iCalendar (.ics) file for calendar programs; a series as one event with its rule</translation>
        </message>
        <message>
            <source>the .ics file to write (replaced if it exists)</source>
            <translation>the .ics file to write (replaced if it exists)</translation>
        </message>
        <message>
            <source>book from the events of an iCalendar (.ics) file: all of them, or none when one is refused</source>
            <translation>book from the events of an iCalendar (.ics) file: all of them, or none when one is refused</translation>
        </message>
        <message>
            <source>the .ics file; each event names its asset and member (X-PARTAGE-ASSET or LOCATION, X-PARTAGE-MEMBER)</source>
            <translation>the .ics file; each event names its asset and member (X-PARTAGE-ASSET or LOCATION, X-PARTAGE-MEMBER)</translation>
        </message>
        <message>
            <source>Wrote the bookings to {path}.</source>
            <translation>Wrote the bookings to {path}.</translation>
        </message>
        <message>
            <source>The event “{event}” was refused. Nothing was imported:</source>
            <translation>The event “{event}” was refused. Nothing was imported:</translation>
        </message>
        <message>
            <source>Imported {events} event(s) from {path}: {bookings} booking(s).</source>
            <translation>Imported {events} event(s) from {path}: {bookings} booking(s).</translation>
        </message>
        <message>
            <source>person</source>
            <translation>person</translation>
        </message>
        <message>
            <source>household</source>
            <translation>household</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>add, list, edit and remove members</source>
            <translation>add, list, edit and remove members</translation>
        </message>
        <message>
            <source>add a member</source>
            <translation>add a member</translation>
        </message>
        <message>
            <source>the member's name</source>
            <translation>the member's name</translation>
        </message>
        <message>
            <source>list the members</source>
            <translation>list the members</translation>
        </message>
        <message>
            <source>change a member; only the options given change</source>
            <translation>change a member; only the options given change</translation>
        </message>
        <message>
            <source>the member's id or exact name</source>
            <translation>the member's id or exact name</translation>
        </message>
        <message>
            <source>delete a member who has no history; otherwise refused (exit code 3): set --left instead</source>
            <translation>delete a member who has no history; otherwise refused (exit code 3): set --left instead</translation>
        </message>
        <message>
            <source>person (default), household or organisation</source>
            <translation>person (default), household or organisation</translation>
        </message>
        <message>
            <source>e-mail address</source>
            <translation>e-mail address</translation>
        </message>
        <message>
            <source>telephone number</source>
            <translation>telephone number</translation>
        </message>
        <message>
            <source>postal address</source>
            <translation>postal address</translation>
        </message>
        <message>
            <source>language of the member's statements (default: the database's)</source>
            <translation>language of the member's statements (default: the database's)</translation>
        </message>
        <message>
            <source>share weight, such as 1, 1.5 or 0,25 (default: 1)</source>
            <translation>share weight, such as 1, 1.5 or 0,25 (default: 1)</translation>
        </message>
        <message>
            <source>date joined, YYYY-MM-DD (empty: none)</source>
            <translation>date joined, YYYY-MM-DD (empty: none)</translation>
        </message>
        <message>
            <source>date left, YYYY-MM-DD (empty: none)</source>
            <translation>date left, YYYY-MM-DD (empty: none)</translation>
        </message>
        <message>
            <source>free notes</source>
            <translation>free notes</translation>
        </message>
        <message>
            <source>Added the member “{name}” (id {id}).</source>
            <translation>Added the member “{name}” (id {id}).</translation>
        </message>
        <message>
            <source>No members yet.</source>
            <translation>No members yet.</translation>
        </message>
        <message>
            <source>{name} (archived)</source>
            <translation>{name} (archived)</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Joined</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Saved the member “{name}” (id {id}).</source>
            <translation>Saved the member “{name}” (id {id}).</translation>
        </message>
        <message>
            <source>Removed the member “{name}” (id {id}).</source>
            <translation>Removed the member “{name}” (id {id}).</translation>
        </message>
        <message>
            <source>the database: a file, or a server URL such as postgresql+psycopg://user@host/db (default: the PARTAGE_DB variable)</source>
            <translation>the database: a file, or a server URL such as postgresql+psycopg://user@host/db (default: the PARTAGE_DB variable)</translation>
        </message>
        <message>
            <source>language of messages: fr or en (default: the system's)</source>
            <translation>language of messages: fr or en (default: the system's)</translation>
        </message>
        <message>
            <source>print one JSON document on standard output</source>
            <translation>print one JSON document on standard output</translation>
        </message>
        <message>
            <source>commands</source>
            <translation>commands</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number from 0 to {largest}.</source>
            <translation>“{text}” is not a whole number from 0 to {largest}.</translation>
        </message>
        <message>
            <source>Partage without a window: manage the members, assets and costs of a group that pools equipment, spaces and vehicles.</source>
            <translation>Partage without a window: manage the members, assets and costs of a group that pools equipment, spaces and vehicles.</translation>
        </message>
        <message>
            <source>write data to files for other programs</source>
            <translation>write data to files for other programs</translation>
        </message>
        <message>
            <source>read data from files of other programs: all of it, or nothing</source>
            <translation>read data from files of other programs: all of it, or nothing</translation>
        </message>
        <message>
            <source>create a new, empty Partage database</source>
            <translation>create a new, empty Partage database</translation>
        </message>
        <message>
            <source>the new database file, or the URL of an empty server database</source>
            <translation>the new database file, or the URL of an empty server database</translation>
        </message>
        <message>
            <source>the organisation's name, printed on statements</source>
            <translation>the organisation's name, printed on statements</translation>
        </message>
        <message>
            <source>the currency of every amount (default: CAD)</source>
            <translation>the currency of every amount (default: CAD)</translation>
        </message>
        <message>
            <source>the time zone of bookings (default: America/Montreal)</source>
            <translation>the time zone of bookings (default: America/Montreal)</translation>
        </message>
        <message>
            <source>the language of statements and invoices (default: the language of messages)</source>
            <translation>the language of statements and invoices (default: the language of messages)</translation>
        </message>
        <message>
            <source>create a new database holding a demo co-op</source>
            <translation>create a new database holding a demo co-op</translation>
        </message>
        <message>
            <source>the new database file</source>
            <translation>the new database file</translation>
        </message>
        <message>
            <source>small: about fifteen members; large: 200 members and 500 assets</source>
            <translation>small: about fifteen members; large: 200 members and 500 assets</translation>
        </message>
        <message>
            <source>the same seed always gives the same data</source>
            <translation>the same seed always gives the same data</translation>
        </message>
        <message>
            <source>check the file's integrity and the rules of the data; exit code 4 if damaged</source>
            <translation>check the file's integrity and the rules of the data; exit code 4 if damaged</translation>
        </message>
        <message>
            <source>copy the database safely, even while in use</source>
            <translation>copy the database safely, even while in use</translation>
        </message>
        <message>
            <source>the backup file to write, or an existing folder to write it in</source>
            <translation>the backup file to write, or an existing folder to write it in</translation>
        </message>
        <message>
            <source>copy the database into an empty PostgreSQL database, then compare the rows and amounts of every table</source>
            <translation>copy the database into an empty PostgreSQL database, then compare the rows and amounts of every table</translation>
        </message>
        <message>
            <source>the empty server database, such as postgresql+psycopg://user@host/db</source>
            <translation>the empty server database, such as postgresql+psycopg://user@host/db</translation>
        </message>
        <message>
            <source>Created the database {path}.</source>
            <translation>Created the database {path}.</translation>
        </message>
        <message>
            <source>Created the demo database {path}.</source>
            <translation>Created the demo database {path}.</translation>
        </message>
        <message>
            <source>No problem found in {path} ({count} checks).</source>
            <translation>No problem found in {path} ({count} checks).</translation>
        </message>
        <message>
            <source>{count} problem(s) found in {path}. Restore the database from a backup, or ask for help before changing anything.</source>
            <translation>{count} problem(s) found in {path}. Restore the database from a backup, or ask for help before changing anything.</translation>
        </message>
        <message>
            <source>table</source>
            <translation>table</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>rows</translation>
        </message>
        <message>
            <source>cents</source>
            <translation>cents</translation>
        </message>
        <message>
            <source>Copied {path} to {target}: every table has the same rows and amounts.</source>
            <translation>Copied {path} to {target}: every table has the same rows and amounts.</translation>
        </message>
        <message>
            <source>the group's treasury</source>
            <translation>the group's treasury</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>due soon</source>
            <translation>due soon</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>OVERDUE</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>the member who paid it out of their own pocket (id or exact name); left out: the group's treasury paid</source>
            <translation>the member who paid it out of their own pocket (id or exact name); left out: the group's treasury paid</translation>
        </message>
        <message>
            <source>record what the group spends</source>
            <translation>record what the group spends</translation>
        </message>
        <message>
            <source>record a cost: an expense of one day, or spread over a period</source>
            <translation>record a cost: an expense of one day, or spread over a period</translation>
        </message>
        <message>
            <source>the amount, such as 1234.56 or "1 234,56 $"; negative for a refund</source>
            <translation>the amount, such as 1234.56 or "1 234,56 $"; negative for a refund</translation>
        </message>
        <message>
            <source>what the cost was for</source>
            <translation>what the cost was for</translation>
        </message>
        <message>
            <source>the asset it was for (id or exact name); left out: the whole group</source>
            <translation>the asset it was for (id or exact name); left out: the whole group</translation>
        </message>
        <message>
            <source>the day of the expense, YYYY-MM-DD (default: today)</source>
            <translation>the day of the expense, YYYY-MM-DD (default: today)</translation>
        </message>
        <message>
            <source>spread the cost over these days, both included, such as a yearly premium: 2026-01-01 2026-12-31</source>
            <translation>spread the cost over these days, both included, such as a yearly premium: 2026-01-01 2026-12-31</translation>
        </message>
        <message>
            <source>how to split it: equal, shares, usage, weights:MEMBER=W,MEMBER=W or mix:shares=50,usage=50 (default: the asset's rule, or equal)</source>
            <translation>how to split it: equal, shares, usage, weights:MEMBER=W,MEMBER=W or mix:shares=50,usage=50 (default: the asset's rule, or equal)</translation>
        </message>
        <message>
            <source>who was paid: a shop, a garage, an insurer</source>
            <translation>who was paid: a shop, a garage, an insurer</translation>
        </message>
        <message>
            <source>the receipt: a PDF, PNG, JPEG or WebP file</source>
            <translation>the receipt: a PDF, PNG, JPEG or WebP file</translation>
        </message>
        <message>
            <source>list the costs, newest first</source>
            <translation>list the costs, newest first</translation>
        </message>
        <message>
            <source>only costs that cover this day or later, YYYY-MM-DD</source>
            <translation>only costs that cover this day or later, YYYY-MM-DD</translation>
        </message>
        <message>
            <source>only costs that cover this day or earlier, YYYY-MM-DD</source>
            <translation>only costs that cover this day or earlier, YYYY-MM-DD</translation>
        </message>
        <message>
            <source>only this category</source>
            <translation>only this category</translation>
        </message>
        <message>
            <source>only the costs this member paid (id or exact name)</source>
            <translation>only the costs this member paid (id or exact name)</translation>
        </message>
        <message>
            <source>record and list insurance policies</source>
            <translation>record and list insurance policies</translation>
        </message>
        <message>
            <source>record a policy; its premium becomes a cost spread over its period</source>
            <translation>record a policy; its premium becomes a cost spread over its period</translation>
        </message>
        <message>
            <source>the insured asset (id or exact name), or - for a policy of the whole group</source>
            <translation>the insured asset (id or exact name), or - for a policy of the whole group</translation>
        </message>
        <message>
            <source>the premium, such as 1250 or "1 250,00 $"</source>
            <translation>the premium, such as 1250 or "1 250,00 $"</translation>
        </message>
        <message>
            <source>the first day covered, YYYY-MM-DD</source>
            <translation>the first day covered, YYYY-MM-DD</translation>
        </message>
        <message>
            <source>the last day covered (included), YYYY-MM-DD</source>
            <translation>the last day covered (included), YYYY-MM-DD</translation>
        </message>
        <message>
            <source>the insurer</source>
            <translation>the insurer</translation>
        </message>
        <message>
            <source>the policy number</source>
            <translation>the policy number</translation>
        </message>
        <message>
            <source>what the policy covers</source>
            <translation>what the policy covers</translation>
        </message>
        <message>
            <source>list the policies, the soonest renewal first</source>
            <translation>list the policies, the soonest renewal first</translation>
        </message>
        <message>
            <source>only the latest policies to renew within 45 days, or already expired</source>
            <translation>only the latest policies to renew within 45 days, or already expired</translation>
        </message>
        <message>
            <source>plan maintenance, see what is due, and record it done</source>
            <translation>plan maintenance, see what is due, and record it done</translation>
        </message>
        <message>
            <source>plan maintenance of an asset every so many months, km or hours</source>
            <translation>plan maintenance of an asset every so many months, km or hours</translation>
        </message>
        <message>
            <source>due every N months</source>
            <translation>due every N months</translation>
        </message>
        <message>
            <source>due every N km on the asset's meter (an asset that counts km)</source>
            <translation>due every N km on the asset's meter (an asset that counts km)</translation>
        </message>
        <message>
            <source>due every N hours on the asset's meter (an asset that counts hours)</source>
            <translation>due every N hours on the asset's meter (an asset that counts hours)</translation>
        </message>
        <message>
            <source>the day it was last done, YYYY-MM-DD, to count from (default: today)</source>
            <translation>the day it was last done, YYYY-MM-DD, to count from (default: today)</translation>
        </message>
        <message>
            <source>the asset cannot be lent while this maintenance is done</source>
            <translation>the asset cannot be lent while this maintenance is done</translation>
        </message>
        <message>
            <source>list the maintenance due soon or overdue, overdue first</source>
            <translation>list the maintenance due soon or overdue, overdue first</translation>
        </message>
        <message>
            <source>also list the plans that are not due yet</source>
            <translation>also list the plans that are not due yet</translation>
        </message>
        <message>
            <source>as on this day, YYYY-MM-DD (default: today)</source>
            <translation>as on this day, YYYY-MM-DD (default: today)</translation>
        </message>
        <message>
            <source>record maintenance done; the plan counts again from that day</source>
            <translation>record maintenance done; the plan counts again from that day</translation>
        </message>
        <message>
            <source>the day it was done, YYYY-MM-DD (default: today)</source>
            <translation>the day it was done, YYYY-MM-DD (default: today)</translation>
        </message>
        <message>
            <source>the meter reading when it was done, a whole number of km or hours</source>
            <translation>the meter reading when it was done, a whole number of km or hours</translation>
        </message>
        <message>
            <source>what it cost, recorded as a maintenance cost of the asset</source>
            <translation>what it cost, recorded as a maintenance cost of the asset</translation>
        </message>
        <message>
            <source>what is done, such as “Oil change”</source>
            <translation>what is done, such as “Oil change”</translation>
        </message>
        <message>
            <source>Added cost {id} ({category}): {amount}, {days}, paid by {payer}.</source>
            <translation>Added cost {id} ({category}): {amount}, {days}, paid by {payer}.</translation>
        </message>
        <message>
            <source>No costs.</source>
            <translation>No costs.</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>Paid by</translation>
        </message>
        <message>
            <source>Supplier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <source>Added the group's insurance policy {id}: {premium}, {days} (cost {cost}).</source>
            <translation>Added the group's insurance policy {id}: {premium}, {days} (cost {cost}).</translation>
        </message>
        <message>
            <source>Added the insurance policy {id} of “{asset}”: {premium}, {days} (cost {cost}).</source>
            <translation>Added the insurance policy {id} of “{asset}”: {premium}, {days} (cost {cost}).</translation>
        </message>
        <message>
            <source>No policy to renew in the next 45 days.</source>
            <translation>No policy to renew in the next 45 days.</translation>
        </message>
        <message>
            <source>No insurance policies yet.</source>
            <translation>No insurance policies yet.</translation>
        </message>
        <message>
            <source>(whole group)</source>
            <translation>(whole group)</translation>
        </message>
        <message>
            <source>Insurer</source>
            <translation>Insurer</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>Policy</translation>
        </message>
        <message>
            <source>Premium</source>
            <translation>Premium</translation>
        </message>
        <message>
            <source>Renewal</source>
            <translation>Renewal</translation>
        </message>
        <message>
            <source>Planned “{title}” for “{asset}” (plan {id}).</source>
            <translation>Planned “{title}” for “{asset}” (plan {id}).</translation>
        </message>
        <message>
            <source>No maintenance due.</source>
            <translation>No maintenance due.</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>Maintenance</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>Due on</translation>
        </message>
        <message>
            <source>Due at</source>
            <translation>Due at</translation>
        </message>
        <message>
            <source>Meter now</source>
            <translation>Meter now</translation>
        </message>
        <message>
            <source>Recorded “{title}” of “{asset}” as done on {date}.</source>
            <translation>Recorded “{title}” of “{asset}” as done on {date}.</translation>
        </message>
        <message>
            <source>Added its cost, {amount}, as maintenance paid by {payer}.</source>
            <translation>Added its cost, {amount}, as maintenance paid by {payer}.</translation>
        </message>
        <message>
            <source>split the costs of a period between the members: each cost's part in the period, divided by its rule</source>
            <translation>split the costs of a period between the members: each cost's part in the period, divided by its rule</translation>
        </message>
        <message>
            <source>unpaid</source>
            <translation>unpaid</translation>
        </message>
        <message>
            <source>partly paid</source>
            <translation>partly paid</translation>
        </message>
        <message>
            <source>paid</source>
            <translation>paid</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overdue</translation>
        </message>
        <message>
            <source>in credit</source>
            <translation>in credit</translation>
        </message>
        <message>
            <source>void</source>
            <translation>void</translation>
        </message>
        <message>
            <source>credit note</source>
            <translation>credit note</translation>
        </message>
        <message>
            <source>write each member's cost-sharing statement for a period as a PDF; with --issue, as numbered invoices stored in the database</source>
            <translation>write each member's cost-sharing statement for a period as a PDF; with --issue, as numbered invoices stored in the database</translation>
        </message>
        <message>
            <source>the first day of the period, YYYY-MM-DD</source>
            <translation>the first day of the period, YYYY-MM-DD</translation>
        </message>
        <message>
            <source>the last day of the period (included), YYYY-MM-DD</source>
            <translation>the last day of the period (included), YYYY-MM-DD</translation>
        </message>
        <message>
            <source>the folder to write the PDF files in</source>
            <translation>the folder to write the PDF files in</translation>
        </message>
        <message>
            <source>issue them: give each a number from the year's series and store it for good (members with nothing to invoice, or already invoiced, are skipped)</source>
            <translation>issue them: give each a number from the year's series and store it for good (members with nothing to invoice, or already invoiced, are skipped)</translation>
        </message>
        <message>
            <source>with --issue, issue even though the period ends after today (its invoices miss whatever happens until its end)</source>
            <translation>with --issue, issue even though the period ends after today (its invoices miss whatever happens until its end)</translation>
        </message>
        <message>
            <source>write every statement in this language (default: each member's own)</source>
            <translation>write every statement in this language (default: each member's own)</translation>
        </message>
        <message>
            <source>list the issued invoices and credit notes, newest first</source>
            <translation>list the issued invoices and credit notes, newest first</translation>
        </message>
        <message>
            <source>void an invoice or save its PDF</source>
            <translation>void an invoice or save its PDF</translation>
        </message>
        <message>
            <source>cancel an invoice by issuing a credit note of the opposite amount</source>
            <translation>cancel an invoice by issuing a credit note of the opposite amount</translation>
        </message>
        <message>
            <source>the invoice number</source>
            <translation>the invoice number</translation>
        </message>
        <message>
            <source>save the PDF stored when the invoice was issued</source>
            <translation>save the PDF stored when the invoice was issued</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>the PDF file to write</translation>
        </message>
        <message>
            <source>the organisation's details, invoice numbering, payment terms and taxes</source>
            <translation>the organisation's details, invoice numbering, payment terms and taxes</translation>
        </message>
        <message>
            <source>show the settings</source>
            <translation>show the settings</translation>
        </message>
        <message>
            <source>change one setting</source>
            <translation>change one setting</translation>
        </message>
        <message>
            <source>the new value: text; for logo, the path of a PNG or JPEG file; for taxes, on or off; for the rates, a percentage such as 9,975; for payment-terms, days</source>
            <translation>the new value: text; for logo, the path of a PNG or JPEG file; for taxes, on or off; for the rates, a percentage such as 9,975; for payment-terms, days</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Invoice total</source>
            <translation>Invoice total</translation>
        </message>
        <message>
            <source>Amount due</source>
            <translation>Amount due</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>nothing to invoice</source>
            <translation>nothing to invoice</translation>
        </message>
        <message>
            <source>already invoiced for this period</source>
            <translation>already invoiced for this period</translation>
        </message>
        <message>
            <source>Skipped {name}: {reason}.</source>
            <translation>Skipped {name}: {reason}.</translation>
        </message>
        <message>
            <source>Statements written in {folder}: {count}.</source>
            <translation>Statements written in {folder}: {count}.</translation>
        </message>
        <message>
            <source>No invoice has been issued yet.</source>
            <translation>No invoice has been issued yet.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Invoice {number} voided by credit note {credit}.</source>
            <translation>Invoice {number} voided by credit note {credit}.</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>Saved {path}.</translation>
        </message>
        <message>
            <source>Setting {key} saved.</source>
            <translation>Setting {key} saved.</translation>
        </message>
        <message>
            <source>also show each cost's shares and how each was worked out</source>
            <translation>also show each cost's shares and how each was worked out</translation>
        </message>
        <message>
            <source>each member's balance: what they paid less their share of the costs (positive: the group owes them); in JSON, member id 0 is the group's treasury</source>
            <translation>each member's balance: what they paid less their share of the costs (positive: the group owes them); in JSON, member id 0 is the group's treasury</translation>
        </message>
        <message>
            <source>the fewest transfers that bring every balance to zero; in JSON, member id 0 is the group's treasury</source>
            <translation>the fewest transfers that bring every balance to zero; in JSON, member id 0 is the group's treasury</translation>
        </message>
        <message>
            <source>record and list the members' payments</source>
            <translation>record and list the members' payments</translation>
        </message>
        <message>
            <source>record a payment from a member to the group</source>
            <translation>record a payment from a member to the group</translation>
        </message>
        <message>
            <source>the day it was paid, YYYY-MM-DD (default: today)</source>
            <translation>the day it was paid, YYYY-MM-DD (default: today)</translation>
        </message>
        <message>
            <source>the number of the invoice it pays</source>
            <translation>the number of the invoice it pays</translation>
        </message>
        <message>
            <source>list the payments, newest first</source>
            <translation>list the payments, newest first</translation>
        </message>
        <message>
            <source>the balances at the end of this day, YYYY-MM-DD (default: today): the costs, payments and taxes up to it</source>
            <translation>the balances at the end of this day, YYYY-MM-DD (default: today): the costs, payments and taxes up to it</translation>
        </message>
        <message>
            <source>Costs of {days}</source>
            <translation>Costs of {days}</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>{label} (purchase price spread over {days}): {part} in this period</source>
            <translation>{label} (purchase price spread over {days}): {part} in this period</translation>
        </message>
        <message>
            <source>Cost {id}, {label} ({days}): {part} in this period</source>
            <translation>Cost {id}, {label} ({days}): {part} in this period</translation>
        </message>
        <message>
            <source>Nobody belonged to the group on those days: this part is not split.</source>
            <translation>Nobody belonged to the group on those days: this part is not split.</translation>
        </message>
        <message>
            <source>No costs in {days}.</source>
            <translation>No costs in {days}.</translation>
        </message>
        <message>
            <source>Share of costs</source>
            <translation>Share of costs</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>A positive balance is owed to the member by the group; a negative one is what the member owes.</source>
            <translation>A positive balance is owed to the member by the group; a negative one is what the member owes.</translation>
        </message>
        <message>
            <source>Every balance is already zero: nothing to pay.</source>
            <translation>Every balance is already zero: nothing to pay.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Recorded a payment of {amount} from {member} on {date} (payment {id}).</source>
            <translation>Recorded a payment of {amount} from {member} on {date} (payment {id}).</translation>
        </message>
        <message>
            <source>No payments.</source>
            <translation>No payments.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Invoice</translation>
        </message>
        <message>
            <source>the audit log: who changed what, when and from which machine, newest first</source>
            <translation>the audit log: who changed what, when and from which machine, newest first</translation>
        </message>
        <message>
            <source>from this day, YYYY-MM-DD</source>
            <translation>from this day, YYYY-MM-DD</translation>
        </message>
        <message>
            <source>up to this day, YYYY-MM-DD</source>
            <translation>up to this day, YYYY-MM-DD</translation>
        </message>
        <message>
            <source>only this kind of row: member, asset, booking, cost, payment, invoice, settings…</source>
            <translation>only this kind of row: member, asset, booking, cost, payment, invoice, settings…</translation>
        </message>
        <message>
            <source>only this person (login or name as recorded)</source>
            <translation>only this person (login or name as recorded)</translation>
        </message>
        <message>
            <source>only rows whose summary holds TEXT</source>
            <translation>only rows whose summary holds TEXT</translation>
        </message>
        <message>
            <source>at most N rows (default 200)</source>
            <translation>at most N rows (default 200)</translation>
        </message>
        <message>
            <source>close the books of a period</source>
            <translation>close the books of a period</translation>
        </message>
        <message>
            <source>close the books through DATE: nothing dated then or before can be added, changed or removed any more (coordinators only)</source>
            <translation>close the books through DATE: nothing dated then or before can be added, changed or removed any more (coordinators only)</translation>
        </message>
        <message>
            <source>the last day closed, YYYY-MM-DD</source>
            <translation>the last day closed, YYYY-MM-DD</translation>
        </message>
        <message>
            <source>show through which day the books are closed</source>
            <translation>show through which day the books are closed</translation>
        </message>
        <message>
            <source>the coordinators, by login: only they issue or void invoices, change settings and close periods (nobody named: everyone)</source>
            <translation>the coordinators, by login: only they issue or void invoices, change settings and close periods (nobody named: everyone)</translation>
        </message>
        <message>
            <source>name the coordinators (yourself included); --set alone: everyone</source>
            <translation>name the coordinators (yourself included); --set alone: everyone</translation>
        </message>
        <message>
            <source>Nothing in the audit log matches.</source>
            <translation>Nothing in the audit log matches.</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Machine</source>
            <translation>Machine</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>The books are closed through {day}.</source>
            <translation>The books are closed through {day}.</translation>
        </message>
        <message>
            <source>No period is closed.</source>
            <translation>No period is closed.</translation>
        </message>
        <message>
            <source>No coordinator is named: everyone may take the coordinators' actions.</source>
            <translation>No coordinator is named: everyone may take the coordinators' actions.</translation>
        </message>
        <message>
            <source>write every table to its own CSV file for spreadsheets; text that a spreadsheet would run as a formula is written behind an apostrophe</source>
            <translation>write every table to its own CSV file for spreadsheets; text that a spreadsheet would run as a formula is written behind an apostrophe</translation>
        </message>
        <message>
            <source>the folder for the CSV files (created if needed; files of the same name are replaced)</source>
            <translation>the folder for the CSV files (created if needed; files of the same name are replaced)</translation>
        </message>
        <message>
            <source>write the whole database to one JSON file, to import elsewhere exactly</source>
            <translation>write the whole database to one JSON file, to import elsewhere exactly</translation>
        </message>
        <message>
            <source>the .json file to write (replaced if it exists)</source>
            <translation>the .json file to write (replaced if it exists)</translation>
        </message>
        <message>
            <source>add members, assets or costs from a CSV file: all rows, or none when a row has an error</source>
            <translation>add members, assets or costs from a CSV file: all rows, or none when a row has an error</translation>
        </message>
        <message>
            <source>what the rows are</source>
            <translation>what the rows are</translation>
        </message>
        <message>
            <source>the CSV file (UTF-8 or Windows-1252, commas or semicolons); the first row names the columns, in English or French</source>
            <translation>the CSV file (UTF-8 or Windows-1252, commas or semicolons); the first row names the columns, in English or French</translation>
        </message>
        <message>
            <source>which column holds a field, by its header or its number (1 is the first), when the header does not say: --map name=Nom --map email=3</source>
            <translation>which column holds a field, by its header or its number (1 is the first), when the header does not say: --map name=Nom --map email=3</translation>
        </message>
        <message>
            <source>only check the file and list its errors; import nothing</source>
            <translation>only check the file and list its errors; import nothing</translation>
        </message>
        <message>
            <source>fill a new, empty database from a JSON export: the same data, ids and history</source>
            <translation>fill a new, empty database from a JSON export: the same data, ids and history</translation>
        </message>
        <message>
            <source>the .json file written by export json</source>
            <translation>the .json file written by export json</translation>
        </message>
        <message>
            <source>Wrote {count} CSV files to {folder}.</source>
            <translation>Wrote {count} CSV files to {folder}.</translation>
        </message>
        <message>
            <source>Wrote the database to {path}.</source>
            <translation>Wrote the database to {path}.</translation>
        </message>
        <message>
            <source>Row {row}, column “{column}”: {message}</source>
            <translation>Row {row}, column “{column}”: {message}</translation>
        </message>
        <message>
            <source>Row {row}: {message}</source>
            <translation>Row {row}: {message}</translation>
        </message>
        <message>
            <source>Members imported from {path}: {count}.</source>
            <translation>Members imported from {path}: {count}.</translation>
        </message>
        <message>
            <source>Assets imported from {path}: {count}.</source>
            <translation>Assets imported from {path}: {count}.</translation>
        </message>
        <message>
            <source>Costs imported from {path}: {count}.</source>
            <translation>Costs imported from {path}: {count}.</translation>
        </message>
        <message>
            <source>Every row can be imported (rows: {count}). Nothing was imported.</source>
            <translation>Every row can be imported (rows: {count}). Nothing was imported.</translation>
        </message>
        <message>
            <source>Rows imported from {path}: {count}.</source>
            <translation>Rows imported from {path}: {count}.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>The purchase price cannot be negative.</source>
            <translation>The purchase price cannot be negative.</translation>
        </message>
        <message>
            <source>Booking durations must be more than zero minutes.</source>
            <translation>Booking durations must be more than zero minutes.</translation>
        </message>
        <message>
            <source>The longest booking cannot be shorter than the shortest.</source>
            <translation>The longest booking cannot be shorter than the shortest.</translation>
        </message>
        <message>
            <source>The purchase is recovered over 1 to 600 months.</source>
            <translation>The purchase is recovered over 1 to 600 months.</translation>
        </message>
        <message>
            <source>To recover a purchase, give its price and its date.</source>
            <translation>To recover a purchase, give its price and its date.</translation>
        </message>
        <message>
            <source>A member is listed twice as an owner.</source>
            <translation>A member is listed twice as an owner.</translation>
        </message>
        <message>
            <source>Every ownership share must be more than zero.</source>
            <translation>Every ownership share must be more than zero.</translation>
        </message>
        <message>
            <source>The photo is too large ({size} kB; {limit} kB at most).</source>
            <translation>The photo is too large ({size} kB; {limit} kB at most).</translation>
        </message>
        <message>
            <source>The photo must be a PNG, JPEG or WebP image.</source>
            <translation>The photo must be a PNG, JPEG or WebP image.</translation>
        </message>
        <message>
            <source>No asset “{ref}”.</source>
            <translation>No asset “{ref}”.</translation>
        </message>
        <message>
            <source>There is already an asset named “{name}”.</source>
            <translation>There is already an asset named “{name}”.</translation>
        </message>
        <message>
            <source>“{text}” is not an interval. Write a whole number above zero, for example 6.</source>
            <translation>“{text}” is not an interval. Write a whole number above zero, for example 6.</translation>
        </message>
        <message>
            <source>“{asset}” counts kilometres, not hours: plan it with --every-km.</source>
            <translation>“{asset}” counts kilometres, not hours: plan it with --every-km.</translation>
        </message>
        <message>
            <source>“{asset}” counts hours, not kilometres: plan it with --every-hours.</source>
            <translation>“{asset}” counts hours, not kilometres: plan it with --every-hours.</translation>
        </message>
        <message>
            <source>The amount cannot be zero.</source>
            <translation>The amount cannot be zero.</translation>
        </message>
        <message>
            <source>No member “{ref}”.</source>
            <translation>No member “{ref}”.</translation>
        </message>
        <message>
            <source>No invoice “{number}”.</source>
            <translation>No invoice “{number}”.</translation>
        </message>
        <message>
            <source>Invoice {number} was issued to {owner}: a payment names an invoice of the member who pays.</source>
            <translation>Invoice {number} was issued to {owner}: a payment names an invoice of the member who pays.</translation>
        </message>
        <message>
            <source>The period cannot end before it starts.</source>
            <translation>The period cannot end before it starts.</translation>
        </message>
        <message>
            <source>Someone else changed the asset “{name}” after you opened it. Reload to see their version; your changes were not saved.</source>
            <translation>Someone else changed the asset “{name}” after you opened it. Reload to see their version; your changes were not saved.</translation>
        </message>
        <message>
            <source>“{text}” is outside the dates Partage works with: write a day from {first} to {last}.</source>
            <translation>“{text}” is outside the dates Partage works with: write a day from {first} to {last}.</translation>
        </message>
        <message>
            <source>“{text}” is not a date. Write it as YYYY-MM-DD, for example 2026-03-31.</source>
            <translation>“{text}” is not a date. Write it as YYYY-MM-DD, for example 2026-03-31.</translation>
        </message>
        <message>
            <source>Cannot write in the folder {path}: {reason}</source>
            <translation>Cannot write in the folder {path}: {reason}</translation>
        </message>
        <message>
            <source>Cannot write the file {path}: {reason}</source>
            <translation>Cannot write the file {path}: {reason}</translation>
        </message>
        <message>
            <source>“{text}” is not one of: {choices}.</source>
            <translation>“{text}” is not one of: {choices}.</translation>
        </message>
        <message>
            <source>“{text}” is not a number of days.</source>
            <translation>“{text}” is not a number of days.</translation>
        </message>
        <message>
            <source>The file's structure is damaged: {detail}</source>
            <translation>The file's structure is damaged: {detail}</translation>
        </message>
        <message>
            <source>Row {rowid} of the table {table} refers to a missing row of {parent}.</source>
            <translation>Row {rowid} of the table {table} refers to a missing row of {parent}.</translation>
        </message>
        <message>
            <source>The database uses the journal mode {mode} instead of DELETE, which is unsafe on a shared drive.</source>
            <translation>The database uses the journal mode {mode} instead of DELETE, which is unsafe on a shared drive.</translation>
        </message>
        <message>
            <source>The database has no schema version.</source>
            <translation>The database has no schema version.</translation>
        </message>
        <message>
            <source>The database's schema is at revision {found} instead of {expected}.</source>
            <translation>The database's schema is at revision {found} instead of {expected}.</translation>
        </message>
        <message>
            <source>The column {column} of row {row} in the table {table} holds “{value}”, which Partage cannot use.</source>
            <translation>The column {column} of row {row} in the table {table} holds “{value}”, which Partage cannot use.</translation>
        </message>
        <message>
            <source>The setting “{key}” holds “{value}”, which Partage cannot use.</source>
            <translation>The setting “{key}” holds “{value}”, which Partage cannot use.</translation>
        </message>
        <message>
            <source>The counter of the invoice series {series} is at {counter}, behind its invoices (up to {highest}): the next invoice would take a number already used.</source>
            <translation>The counter of the invoice series {series} is at {counter}, behind its invoices (up to {highest}): the next invoice would take a number already used.</translation>
        </message>
        <message>
            <source>An ownership share refers to the asset {asset_id}, which does not exist.</source>
            <translation>An ownership share refers to the asset {asset_id}, which does not exist.</translation>
        </message>
        <message>
            <source>The asset “{asset}” has an owner (member {member_id}) who does not exist.</source>
            <translation>The asset “{asset}” has an owner (member {member_id}) who does not exist.</translation>
        </message>
        <message>
            <source>The asset “{asset}” gives member {member_id} an ownership share of {weight} thousandths; a share must be more than zero.</source>
            <translation>The asset “{asset}” gives member {member_id} an ownership share of {weight} thousandths; a share must be more than zero.</translation>
        </message>
        <message>
            <source>The member “{name}” (id {id}) has an outdated search key “{key}”.</source>
            <translation>The member “{name}” (id {id}) has an outdated search key “{key}”.</translation>
        </message>
        <message>
            <source>Several members have the same name “{key}”: ids {ids}.</source>
            <translation>Several members have the same name “{key}”: ids {ids}.</translation>
        </message>
        <message>
            <source>The member “{name}” (id {id}) has a share weight of {weight} thousandths; it must be more than zero.</source>
            <translation>The member “{name}” (id {id}) has a share weight of {weight} thousandths; it must be more than zero.</translation>
        </message>
        <message>
            <source>The asset “{name}” (id {id}) has an outdated search key “{key}”.</source>
            <translation>The asset “{name}” (id {id}) has an outdated search key “{key}”.</translation>
        </message>
        <message>
            <source>Several assets have the same name “{key}”: ids {ids}.</source>
            <translation>Several assets have the same name “{key}”: ids {ids}.</translation>
        </message>
        <message>
            <source>The bookings {first} and {second} of the asset “{asset}” overlap; one asset can only be booked once at a time.</source>
            <translation>The bookings {first} and {second} of the asset “{asset}” overlap; one asset can only be booked once at a time.</translation>
        </message>
        <message>
            <source>The number {number} of the series {series} is used {count} times.</source>
            <translation>The number {number} of the series {series} is used {count} times.</translation>
        </message>
        <message>
            <source>The series {series} has no number {missing}: its numbers must run from 1 without a gap.</source>
            <translation>The series {series} has no number {missing}: its numbers must run from 1 without a gap.</translation>
        </message>
        <message>
            <source>The series {series} holds numbers below 1: {numbers}.</source>
            <translation>The series {series} holds numbers below 1: {numbers}.</translation>
        </message>
        <message>
            <source>The costs cannot be split: {detail}</source>
            <translation>The costs cannot be split: {detail}</translation>
        </message>
        <message>
            <source>The cost {cost} of {amount} cents is split into {allocated} cents; a split must add up exactly to the cost.</source>
            <translation>The cost {cost} of {amount} cents is split into {allocated} cents; a split must add up exactly to the cost.</translation>
        </message>
        <message>
            <source>Payment {payment} names invoice {number}, which does not exist.</source>
            <translation>Payment {payment} names invoice {number}, which does not exist.</translation>
        </message>
        <message>
            <source>Payment {payment} names invoice {number}, which was issued to another member.</source>
            <translation>Payment {payment} names invoice {number}, which was issued to another member.</translation>
        </message>
        <message>
            <source>Invoice {number} does not add up: lines {lines}, subtotal {subtotal}, total {total} cents.</source>
            <translation>Invoice {number} does not add up: lines {lines}, subtotal {subtotal}, total {total} cents.</translation>
        </message>
        <message>
            <source>Member {member} is charged {whole} cents to date, but their months add up to {months} cents.</source>
            <translation>Member {member} is charged {whole} cents to date, but their months add up to {months} cents.</translation>
        </message>
        <message>
            <source>The members are charged {charged} cents to date, but the costs allocate {allocated} cents.</source>
            <translation>The members are charged {charged} cents to date, but the costs allocate {allocated} cents.</translation>
        </message>
        <message>
            <source>More problems of this kind were found; only the first {count} are listed.</source>
            <translation>More problems of this kind were found; only the first {count} are listed.</translation>
        </message>
        <message>
            <source>The check “{check}” could not finish: {detail}</source>
            <translation>The check “{check}” could not finish: {detail}</translation>
        </message>
        <message>
            <source>The share weight must be more than zero.</source>
            <translation>The share weight must be more than zero.</translation>
        </message>
        <message>
            <source>A member cannot leave ({left}) before joining ({joined}).</source>
            <translation>A member cannot leave ({left}) before joining ({joined}).</translation>
        </message>
        <message>
            <source>{member} has {count} booking(s) before {date}, the first on {first}. Cancel them, or choose an earlier date of joining.</source>
            <translation>{member} has {count} booking(s) before {date}, the first on {first}. Cancel them, or choose an earlier date of joining.</translation>
        </message>
        <message>
            <source>{member} has {count} booking(s) after {date}, the last on {last}. Cancel them, or choose a later date of leaving.</source>
            <translation>{member} has {count} booking(s) after {date}, the last on {last}. Cancel them, or choose a later date of leaving.</translation>
        </message>
        <message>
            <source>Nothing was imported. Rows with errors: {bad} of {total}. Correct them and import the file again.</source>
            <translation>Nothing was imported. Rows with errors: {bad} of {total}. Correct them and import the file again.</translation>
        </message>
        <message>
            <source>This is not a CSV text file. If it is a spreadsheet, save it as CSV (comma or semicolon separated) first. Nothing was imported.</source>
            <translation>This is not a CSV text file. If it is a spreadsheet, save it as CSV (comma or semicolon separated) first. Nothing was imported.</translation>
        </message>
        <message>
            <source>The file is too large to import ({size} MB; {limit} MB at most). Split it in smaller files.</source>
            <translation>The file is too large to import ({size} MB; {limit} MB at most). Split it in smaller files.</translation>
        </message>
        <message>
            <source>The file is empty. Nothing was imported.</source>
            <translation>The file is empty. Nothing was imported.</translation>
        </message>
        <message>
            <source>A value near line {line} is longer than {limit} characters, the most a cell can hold. Nothing was imported.</source>
            <translation>A value near line {line} is longer than {limit} characters, the most a cell can hold. Nothing was imported.</translation>
        </message>
        <message>
            <source>The file cannot be read as CSV near line {line} (a quote that is not closed?). Nothing was imported.</source>
            <translation>The file cannot be read as CSV near line {line} (a quote that is not closed?). Nothing was imported.</translation>
        </message>
        <message>
            <source>The header “{header}” names two columns ({first} and {second}); rename one of them. Nothing was imported.</source>
            <translation>The header “{header}” names two columns ({first} and {second}); rename one of them. Nothing was imported.</translation>
        </message>
        <message>
            <source>“{text}” is not a whole number such as 1500.</source>
            <translation>“{text}” is not a whole number such as 1500.</translation>
        </message>
        <message>
            <source>“{text}” is out of range: the most this column holds is {limit}.</source>
            <translation>“{text}” is out of range: the most this column holds is {limit}.</translation>
        </message>
        <message>
            <source>This cell is empty; the column needs a value on every row.</source>
            <translation>This cell is empty; the column needs a value on every row.</translation>
        </message>
        <message>
            <source>This row has {cells} cells but the header only {columns}; a separator inside a value needs quotes around the value.</source>
            <translation>This row has {cells} cells but the header only {columns}; a separator inside a value needs quotes around the value.</translation>
        </message>
        <message>
            <source>There is already a member named “{name}”.</source>
            <translation>There is already a member named “{name}”.</translation>
        </message>
        <message>
            <source>“{name}” is already on row {row} of the file.</source>
            <translation>“{name}” is already on row {row} of the file.</translation>
        </message>
        <message>
            <source>The file has a header row but no rows to import. Nothing was imported.</source>
            <translation>The file has a header row but no rows to import. Nothing was imported.</translation>
        </message>
        <message>
            <source>Someone else changed the member “{name}” after you opened it. Reload to see their version; your changes were not saved.</source>
            <translation>Someone else changed the member “{name}” after you opened it. Reload to see their version; your changes were not saved.</translation>
        </message>
        <message>
            <source>“{name}” has history in the database and cannot be removed. Set the date they left, or archive them, instead.</source>
            <translation>“{name}” has history in the database and cannot be removed. Set the date they left, or archive them, instead.</translation>
        </message>
        <message>
            <source>“{text}” is not an amount. Write it like 1234.56 or 1 234,56.</source>
            <translation>“{text}” is not an amount. Write it like 1234.56 or 1 234,56.</translation>
        </message>
        <message>
            <source>“{text}” is not a weight. Write a positive number such as 1, 1.5 or 0,25.</source>
            <translation>“{text}” is not a weight. Write a positive number such as 1, 1.5 or 0,25.</translation>
        </message>
        <message>
            <source>“{text}” is not a meter reading. Write a whole number such as 12500.</source>
            <translation>“{text}” is not a meter reading. Write a whole number such as 12500.</translation>
        </message>
        <message>
            <source>“{text}” is not a split rule. Use equal, shares, usage, weights:MEMBER=W,MEMBER=W or mix:shares=50,usage=50.</source>
            <translation>“{text}” is not a split rule. Use equal, shares, usage, weights:MEMBER=W,MEMBER=W or mix:shares=50,usage=50.</translation>
        </message>
        <message>
            <source>The parts of a mixed rule must add up to 100.</source>
            <translation>The parts of a mixed rule must add up to 100.</translation>
        </message>
        <message>
            <source>This text holds the invisible control character {code}, which is not allowed; type it again without it.</source>
            <translation>This text holds the invisible control character {code}, which is not allowed; type it again without it.</translation>
        </message>
        <message>
            <source>A name is required.</source>
            <translation>A name is required.</translation>
        </message>
        <message>
            <source>The name is too long ({limit} characters at most).</source>
            <translation>The name is too long ({limit} characters at most).</translation>
        </message>
        <message>
            <source>This text is too long ({limit} characters at most).</source>
            <translation>This text is too long ({limit} characters at most).</translation>
        </message>
        <message>
            <source>“{text}” is not an e-mail address.</source>
            <translation>“{text}” is not an e-mail address.</translation>
        </message>
        <message>
            <source>“{text}” is not a currency code such as CAD.</source>
            <translation>“{text}” is not a currency code such as CAD.</translation>
        </message>
        <message>
            <source>“{text}” is not a time zone such as America/Montreal.</source>
            <translation>“{text}” is not a time zone such as America/Montreal.</translation>
        </message>
        <message>
            <source>A database on a server is backed up with the server's own tools (for PostgreSQL, pg_dump).</source>
            <translation>A database on a server is backed up with the server's own tools (for PostgreSQL, pg_dump).</translation>
        </message>
        <message>
            <source>A database on a server is restored with the server's own tools (for PostgreSQL, pg_restore).</source>
            <translation>A database on a server is restored with the server's own tools (for PostgreSQL, pg_restore).</translation>
        </message>
        <message>
            <source>The database {path} is open read-only: nothing can be changed. Ask for write access to the file and its folder.</source>
            <translation>The database {path} is open read-only: nothing can be changed. Ask for write access to the file and its folder.</translation>
        </message>
        <message>
            <source>The database {path} uses the journal mode {mode}, which is unsafe on a shared drive, and it could not be changed.</source>
            <translation>The database {path} uses the journal mode {mode}, which is unsafe on a shared drive, and it could not be changed.</translation>
        </message>
        <message>
            <source>No database given: use --db PATH or set the PARTAGE_DB variable.</source>
            <translation>No database given: use --db PATH or set the PARTAGE_DB variable.</translation>
        </message>
        <message>
            <source>The database “{path}” is not named in valid UTF-8 text: rename it or name it again in UTF-8.</source>
            <translation>The database “{path}” is not named in valid UTF-8 text: rename it or name it again in UTF-8.</translation>
        </message>
        <message>
            <source>The database {path} is damaged. Restore it from a backup; the file was left as it is.</source>
            <translation>The database {path} is damaged. Restore it from a backup; the file was left as it is.</translation>
        </message>
        <message>
            <source>Nothing to change: give at least one option, for example --email.</source>
            <translation>Nothing to change: give at least one option, for example --email.</translation>
        </message>
        <message>
            <source>The database {path} was switched to the journal mode WAL by another program. That mode is unsafe on a shared drive, and the file cannot be read here without changing it. Nothing was changed; the next change made to it with write access switches it back.</source>
            <translation>The database {path} was switched to the journal mode WAL by another program. That mode is unsafe on a shared drive, and the file cannot be read here without changing it. Nothing was changed; the next change made to it with write access switches it back.</translation>
        </message>
        <message>
            <source>The database {path} has no schema version: it was not created completely. Restore it from a backup; the file was left as it is.</source>
            <translation>The database {path} has no schema version: it was not created completely. Restore it from a backup; the file was left as it is.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of Partage. Install the latest version to open it; the file was left as it is.</source>
            <translation>The database {path} was written by a newer version of Partage. Install the latest version to open it; the file was left as it is.</translation>
        </message>
        <message>
            <source>The database {path} was made by an older version of Partage and must be upgraded, but it is read-only here. Open it once with write access.</source>
            <translation>The database {path} was made by an older version of Partage and must be upgraded, but it is read-only here. Open it once with write access.</translation>
        </message>
        <message>
            <source>“{target}” is not a database Partage can use: give the path of a .partage file, or a PostgreSQL URL such as postgresql+psycopg://user@host/database.</source>
            <translation>“{target}” is not a database Partage can use: give the path of a .partage file, or a PostgreSQL URL such as postgresql+psycopg://user@host/database.</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name for the new database.</source>
            <translation>{path} already exists; choose another name for the new database.</translation>
        </message>
        <message>
            <source>The folder {path} does not exist.</source>
            <translation>The folder {path} does not exist.</translation>
        </message>
        <message>
            <source>The database {path} is not empty; Partage needs an empty database.</source>
            <translation>The database {path} is not empty; Partage needs an empty database.</translation>
        </message>
        <message>
            <source>Copy to a PostgreSQL database, named by a URL such as postgresql+psycopg://user@host/db.</source>
            <translation>Copy to a PostgreSQL database, named by a URL such as postgresql+psycopg://user@host/db.</translation>
        </message>
        <message>
            <source>The database {path} must be opened once with write access, to bring it up to date, before it can be copied.</source>
            <translation>The database {path} must be opened once with write access, to bring it up to date, before it can be copied.</translation>
        </message>
        <message>
            <source>The database could not be copied to {path}: {reason}. Nothing was kept there.</source>
            <translation>The database could not be copied to {path}: {reason}. Nothing was kept there.</translation>
        </message>
        <message>
            <source>The copy of the table {table} in {path} does not match the source: {copied} instead of {expected}. Nothing was kept there.</source>
            <translation>The copy of the table {table} in {path} does not match the source: {copied} instead of {expected}. Nothing was kept there.</translation>
        </message>
        <message>
            <source>The database {path} stayed busy: another computer is writing to it. Nothing was changed; try again in a moment.</source>
            <translation>The database {path} stayed busy: another computer is writing to it. Nothing was changed; try again in a moment.</translation>
        </message>
        <message>
            <source>The database {path} was left in the middle of a change by a computer that stopped. Open it once with write access to finish undoing that change; the file was left as it is.</source>
            <translation>The database {path} was left in the middle of a change by a computer that stopped. Open it once with write access to finish undoing that change; the file was left as it is.</translation>
        </message>
        <message>
            <source>The database {path} is read-only here: nothing can be changed. Ask for write access to the file and its folder.</source>
            <translation>The database {path} is read-only here: nothing can be changed. Ask for write access to the file and its folder.</translation>
        </message>
        <message>
            <source>The disk holding {path} is full. Nothing was changed; free some space and try again.</source>
            <translation>The disk holding {path} is full. Nothing was changed; free some space and try again.</translation>
        </message>
        <message>
            <source>The database {path} could not be read or written (is the network drive still connected?). Nothing was changed.</source>
            <translation>The database {path} could not be read or written (is the network drive still connected?). Nothing was changed.</translation>
        </message>
        <message>
            <source>The database server for {path} cannot be reached. Nothing was changed.</source>
            <translation>The database server for {path} cannot be reached. Nothing was changed.</translation>
        </message>
        <message>
            <source>{path} is not a Partage database. It was not changed.</source>
            <translation>{path} is not a Partage database. It was not changed.</translation>
        </message>
        <message>
            <source>There is no database at {path}.</source>
            <translation>There is no database at {path}.</translation>
        </message>
        <message>
            <source>“{text}” is not an ownership share. Write it as MEMBER=WEIGHT, for example Alice=2.</source>
            <translation>“{text}” is not an ownership share. Write it as MEMBER=WEIGHT, for example Alice=2.</translation>
        </message>
        <message>
            <source>“{text}” is not a booking number. The numbers are in the ID column of partage-cli bookings.</source>
            <translation>“{text}” is not a booking number. The numbers are in the ID column of partage-cli bookings.</translation>
        </message>
        <message>
            <source>“{text}” is not a meter reading. Write a whole number of km or hours, for example 12345.</source>
            <translation>“{text}” is not a meter reading. Write a whole number of km or hours, for example 12345.</translation>
        </message>
        <message>
            <source>A blackout is for no member: leave MEMBER out, or write -.</source>
            <translation>A blackout is for no member: leave MEMBER out, or write -.</translation>
        </message>
        <message>
            <source>Give ASSET MEMBER START END: only a blackout (--blackout) has no member.</source>
            <translation>Give ASSET MEMBER START END: only a blackout (--blackout) has no member.</translation>
        </message>
        <message>
            <source>The period ends ({to}) before it starts ({start}).</source>
            <translation>The period ends ({to}) before it starts ({start}).</translation>
        </message>
        <message>
            <source>“{text}” is not an id Partage can hold: ids are whole numbers from 1 to {largest}. Name the member or the asset by its id or its exact name.</source>
            <translation>“{text}” is not an id Partage can hold: ids are whole numbers from 1 to {largest}. Name the member or the asset by its id or its exact name.</translation>
        </message>
        <message>
            <source>{path} is a database, not a calendar file; give another file name.</source>
            <translation>{path} is a database, not a calendar file; give another file name.</translation>
        </message>
        <message>
            <source>{path} could not be written ({reason}). The database was not changed.</source>
            <translation>{path} could not be written ({reason}). The database was not changed.</translation>
        </message>
        <message>
            <source>{path} could not be read ({reason}).</source>
            <extracomment>The most read of an export to import (JSON, CSV, calendar): a large group's years.</extracomment>
            <translation>{path} could not be read ({reason}).</translation>
        </message>
        <message>
            <source>{path} is larger than {megabytes} MB, the most Partage reads here.</source>
            <translation>{path} is larger than {megabytes} MB, the most Partage reads here.</translation>
        </message>
        <message>
            <source>{path} is not a file Partage can read (a folder or a device).</source>
            <translation>{path} is not a file Partage can read (a folder or a device).</translation>
        </message>
        <message>
            <source>{path} already exists; give a new file name, or a folder to put the backup in.</source>
            <translation>{path} already exists; give a new file name, or a folder to put the backup in.</translation>
        </message>
        <message>
            <source>The backup could not be written to {path} ({reason}). The database was not changed.</source>
            <translation>The backup could not be written to {path} ({reason}). The database was not changed.</translation>
        </message>
        <message>
            <source>“{text}” is not a recurrence rule. Write it as in calendars, for example FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630 or FREQ=DAILY;COUNT=5.</source>
            <translation>“{text}” is not a recurrence rule. Write it as in calendars, for example FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630 or FREQ=DAILY;COUNT=5.</translation>
        </message>
        <message>
            <source>A recurring booking needs an end: an UNTIL date or a COUNT.</source>
            <translation>A recurring booking needs an end: an UNTIL date or a COUNT.</translation>
        </message>
        <message>
            <source>This recurrence gives too many occurrences ({limit} and {years} years at most). Choose an earlier end.</source>
            <translation>This recurrence gives too many occurrences ({limit} and {years} years at most). Choose an earlier end.</translation>
        </message>
        <message>
            <source>These dates are too far in the future to be booked. Choose an earlier end.</source>
            <translation>These dates are too far in the future to be booked. Choose an earlier end.</translation>
        </message>
        <message>
            <source>{time} does not exist in {zone}: the clocks skip over it when they go forward. Choose another time.</source>
            <translation>{time} does not exist in {zone}: the clocks skip over it when they go forward. Choose another time.</translation>
        </message>
        <message>
            <source>The occurrences of this recurrence overlap: the one from {start} to {end} is still running when the next starts, at {next}. Make the booking shorter than the time between occurrences. Nothing was booked.</source>
            <translation>The occurrences of this recurrence overlap: the one from {start} to {end} is still running when the next starts, at {next}. Make the booking shorter than the time between occurrences. Nothing was booked.</translation>
        </message>
        <message>
            <source>“{asset}” is already booked from {start} to {end}. Nothing was booked.</source>
            <translation>“{asset}” is already booked from {start} to {end}. Nothing was booked.</translation>
        </message>
        <message>
            <source>“{asset}” is already booked on {count} of the {total} dates: {dates}. Nothing was booked; you may book the other dates.</source>
            <translation>“{asset}” is already booked on {count} of the {total} dates: {dates}. Nothing was booked; you may book the other dates.</translation>
        </message>
        <message>
            <source>“{text}” is not opening hours. Write them as 08:00-22:00.</source>
            <translation>“{text}” is not opening hours. Write them as 08:00-22:00.</translation>
        </message>
        <message>
            <source>A booking must end after it starts.</source>
            <translation>A booking must end after it starts.</translation>
        </message>
        <message>
            <source>“{asset}” cannot be booked at the moment.</source>
            <translation>“{asset}” cannot be booked at the moment.</translation>
        </message>
        <message>
            <source>“{asset}” is booked for {minutes} minutes at least.</source>
            <translation>“{asset}” is booked for {minutes} minutes at least.</translation>
        </message>
        <message>
            <source>“{asset}” is booked for {minutes} minutes at most.</source>
            <translation>“{asset}” is booked for {minutes} minutes at most.</translation>
        </message>
        <message>
            <source>“{asset}” can only be booked between {opening} and {closing}.</source>
            <translation>“{asset}” can only be booked between {opening} and {closing}.</translation>
        </message>
        <message>
            <source>Choose who the booking is for.</source>
            <translation>Choose who the booking is for.</translation>
        </message>
        <message>
            <source>{member} joined the group on {date}; a booking must start then or later.</source>
            <translation>{member} joined the group on {date}; a booking must start then or later.</translation>
        </message>
        <message>
            <source>{member} left the group on {date}; a booking must end by then.</source>
            <translation>{member} left the group on {date}; a booking must end by then.</translation>
        </message>
        <message>
            <source>{member} joined the group on {date}; {count} of the {total} dates come before, the first on {first}. Nothing was booked.</source>
            <translation>{member} joined the group on {date}; {count} of the {total} dates come before, the first on {first}. Nothing was booked.</translation>
        </message>
        <message>
            <source>{member} left the group on {date}; {count} of the {total} dates come after, the first on {first}. Nothing was booked.</source>
            <translation>{member} left the group on {date}; {count} of the {total} dates come after, the first on {first}. Nothing was booked.</translation>
        </message>
        <message>
            <source>This recurrence gives no date at all.</source>
            <translation>This recurrence gives no date at all.</translation>
        </message>
        <message>
            <source>No booking “{ref}”.</source>
            <translation>No booking “{ref}”.</translation>
        </message>
        <message>
            <source>Someone else changed this booking after you opened it. Reload to see their version; your changes were not saved.</source>
            <translation>Someone else changed this booking after you opened it. Reload to see their version; your changes were not saved.</translation>
        </message>
        <message>
            <source>Only a requested, confirmed or checked-out booking can be moved.</source>
            <translation>Only a requested, confirmed or checked-out booking can be moved.</translation>
        </message>
        <message>
            <source>Only a requested or confirmed booking can be cancelled; a checked-out loan must be checked in.</source>
            <translation>Only a requested or confirmed booking can be cancelled; a checked-out loan must be checked in.</translation>
        </message>
        <message>
            <source>Only a requested or confirmed loan can be checked out.</source>
            <translation>Only a requested or confirmed loan can be checked out.</translation>
        </message>
        <message>
            <source>Only a checked-out loan can be checked in.</source>
            <translation>Only a checked-out loan can be checked in.</translation>
        </message>
        <message>
            <source>{reading} is not a meter reading: a reading is a whole number from 0 to {largest}.</source>
            <translation>{reading} is not a meter reading: a reading is a whole number from 0 to {largest}.</translation>
        </message>
        <message>
            <source>The reading {reading} km means {used} km driven in {duration}: more than a vehicle can drive in that time ({limit} km at most, at {speed} km/h). Nothing was recorded.</source>
            <translation>The reading {reading} km means {used} km driven in {duration}: more than a vehicle can drive in that time ({limit} km at most, at {speed} km/h). Nothing was recorded.</translation>
        </message>
        <message>
            <source>The reading {reading} h means {used} hours of use in {duration}: more than the loan lasted ({limit} h at most). Nothing was recorded.</source>
            <translation>The reading {reading} h means {used} hours of use in {duration}: more than the loan lasted ({limit} h at most). Nothing was recorded.</translation>
        </message>
        <message>
            <source>“{asset}” has no meter to read.</source>
            <translation>“{asset}” has no meter to read.</translation>
        </message>
        <message>
            <source>The meter reading {reading} is lower than the last one recorded ({previous}).</source>
            <translation>The meter reading {reading} is lower than the last one recorded ({previous}).</translation>
        </message>
        <message>
            <source>The receipt is too large ({size} kB; {limit} kB at most).</source>
            <translation>The receipt is too large ({size} kB; {limit} kB at most).</translation>
        </message>
        <message>
            <source>The receipt must be a PDF, PNG, JPEG or WebP file.</source>
            <translation>The receipt must be a PDF, PNG, JPEG or WebP file.</translation>
        </message>
        <message>
            <source>No cost “{ref}”.</source>
            <translation>No cost “{ref}”.</translation>
        </message>
        <message>
            <source>Someone else changed this cost after you opened it. Reload to see their version; your changes were not saved.</source>
            <translation>Someone else changed this cost after you opened it. Reload to see their version; your changes were not saved.</translation>
        </message>
        <message>
            <source>Event “{event}” has dates outside those Partage works with ({first} to {last}). Nothing was imported.</source>
            <translation>Event “{event}” has dates outside those Partage works with ({first} to {last}). Nothing was imported.</translation>
        </message>
        <message>
            <source>Event “{event}”: its {property} cannot be read (“{value}”). Nothing was imported.</source>
            <translation>Event “{event}”: its {property} cannot be read (“{value}”). Nothing was imported.</translation>
        </message>
        <message>
            <source>Event “{event}” has {count} {property} lines; Partage reads one. Nothing was imported.</source>
            <translation>Event “{event}” has {count} {property} lines; Partage reads one. Nothing was imported.</translation>
        </message>
        <message>
            <source>Event “{event}” is in the time zone “{zone}”, which Partage does not know. Nothing was imported.</source>
            <translation>Event “{event}” is in the time zone “{zone}”, which Partage does not know. Nothing was imported.</translation>
        </message>
        <message>
            <source>Event “{event}”: {time} does not exist in {zone} (the clocks skip over it when they go forward). Nothing was imported.</source>
            <translation>Event “{event}”: {time} does not exist in {zone} (the clocks skip over it when they go forward). Nothing was imported.</translation>
        </message>
        <message>
            <source>Event “{event}”: its occurrences overlap: the one from {start} to {end} is still running when the next starts, at {next}. Nothing was imported.</source>
            <translation>Event “{event}”: its occurrences overlap: the one from {start} to {end} is still running when the next starts, at {next}. Nothing was imported.</translation>
        </message>
        <message>
            <source>This file is not an iCalendar (.ics) file.</source>
            <translation>This file is not an iCalendar (.ics) file.</translation>
        </message>
        <message>
            <source>Event “{event}”: no asset “{asset}”. Nothing was imported.</source>
            <translation>Event “{event}”: no asset “{asset}”. Nothing was imported.</translation>
        </message>
        <message>
            <source>Event “{event}”: no member “{member}”. Nothing was imported.</source>
            <translation>Event “{event}”: no member “{member}”. Nothing was imported.</translation>
        </message>
        <message>
            <source>Event “{event}” is dated {day}, and the books are closed through {closed}. Nothing was imported.</source>
            <translation>Event “{event}” is dated {day}, and the books are closed through {closed}. Nothing was imported.</translation>
        </message>
        <message>
            <source>Events “{event}” and “{other}” both book “{asset}” at {start}. Nothing was imported.</source>
            <translation>Events “{event}” and “{other}” both book “{asset}” at {start}. Nothing was imported.</translation>
        </message>
        <message>
            <source>Event “{event}” has no valid start and end. Nothing was imported.</source>
            <extracomment>The most of an event's SUMMARY (or UID) a message quotes. The most of an unreadable value a message quotes. Properties an import reads the dates of; one that cannot be read refuses the event. Properties an event has once at most.</extracomment>
            <translation>Event “{event}” has no valid start and end. Nothing was imported.</translation>
        </message>
        <message>
            <source>“{text}” is not a date and time. Write it as YYYY-MM-DDTHH:MM, for example 2026-03-31T14:30.</source>
            <translation>“{text}” is not a date and time. Write it as YYYY-MM-DDTHH:MM, for example 2026-03-31T14:30.</translation>
        </message>
        <message>
            <source>The premium must be more than zero.</source>
            <translation>The premium must be more than zero.</translation>
        </message>
        <message>
            <source>Say how often: every so many months, kilometres or hours.</source>
            <translation>Say how often: every so many months, kilometres or hours.</translation>
        </message>
        <message>
            <source>An interval must be more than zero.</source>
            <translation>An interval must be more than zero.</translation>
        </message>
        <message>
            <source>No maintenance plan “{ref}”.</source>
            <translation>No maintenance plan “{ref}”.</translation>
        </message>
        <message>
            <source>Someone else recorded this maintenance or changed its plan after you opened it. Reload to see their version; nothing was recorded.</source>
            <translation>Someone else recorded this maintenance or changed its plan after you opened it. Reload to see their version; nothing was recorded.</translation>
        </message>
        <message>
            <source>“{file}” is not an image Partage can read.</source>
            <translation>“{file}” is not an image Partage can read.</translation>
        </message>
        <message>
            <source>“{file}” is too large to store, even compressed.</source>
            <translation>“{file}” is too large to store, even compressed.</translation>
        </message>
        <message>
            <source>Choose the member who paid.</source>
            <translation>Choose the member who paid.</translation>
        </message>
        <message>
            <source>“{file}” cannot be read.</source>
            <translation>“{file}” cannot be read.</translation>
        </message>
        <message>
            <source>No application could open “{file}”.</source>
            <translation>No application could open “{file}”.</translation>
        </message>
        <message>
            <source>Choose an asset.</source>
            <translation>Choose an asset.</translation>
        </message>
        <message>
            <source>“{text}” is not a tax rate such as 9,975 (percent, three decimals).</source>
            <translation>“{text}” is not a tax rate such as 9,975 (percent, three decimals).</translation>
        </message>
        <message>
            <source>The logo is too large ({size} KB; at most {limit} KB).</source>
            <translation>The logo is too large ({size} KB; at most {limit} KB).</translation>
        </message>
        <message>
            <source>The logo must be a PNG or JPEG image.</source>
            <translation>The logo must be a PNG or JPEG image.</translation>
        </message>
        <message>
            <source>The logo is {width} × {height} pixels; it must be at most {limit} pixels wide and high.</source>
            <translation>The logo is {width} × {height} pixels; it must be at most {limit} pixels wide and high.</translation>
        </message>
        <message>
            <source>Payment terms must be between 0 and {limit} days.</source>
            <translation>Payment terms must be between 0 and {limit} days.</translation>
        </message>
        <message>
            <source>An invoice prefix has at most 12 letters, digits, dashes or slashes.</source>
            <translation>An invoice prefix has at most 12 letters, digits, dashes or slashes.</translation>
        </message>
        <message>
            <source>The period {start} – {end} has not ended (today is {today}): its invoices would miss what happens until then. Issue it after it ends, or ask for an open period explicitly.</source>
            <translation>The period {start} – {end} has not ended (today is {today}): its invoices would miss what happens until then. Issue it after it ends, or ask for an open period explicitly.</translation>
        </message>
        <message>
            <source>The figures of {member} kept changing while the invoice was being issued; nothing was issued. Try again in a moment.</source>
            <translation>The figures of {member} kept changing while the invoice was being issued; nothing was issued. Try again in a moment.</translation>
        </message>
        <message>
            <source>There is nothing to invoice to {member} in this period.</source>
            <translation>There is nothing to invoice to {member} in this period.</translation>
        </message>
        <message>
            <source>{member} already has invoice {number} for this period. Void it first to issue a corrected one.</source>
            <translation>{member} already has invoice {number} for this period. Void it first to issue a corrected one.</translation>
        </message>
        <message>
            <source>No invoice “{ref}”.</source>
            <translation>No invoice “{ref}”.</translation>
        </message>
        <message>
            <source>{number} is a credit note; it cannot be voided.</source>
            <translation>{number} is a credit note; it cannot be voided.</translation>
        </message>
        <message>
            <source>Invoice {number} is already voided by credit note {credit}.</source>
            <translation>Invoice {number} is already voided by credit note {credit}.</translation>
        </message>
        <message>
            <source>Give the registration numbers the invoices must show.</source>
            <translation>Give the registration numbers the invoices must show.</translation>
        </message>
        <message>
            <source>Only a coordinator can do this ({coordinators}). You are signed in as “{user}”.</source>
            <translation>Only a coordinator can do this ({coordinators}). You are signed in as “{user}”.</translation>
        </message>
        <message>
            <source>Keep yourself ({user}) among the coordinators, or ask another coordinator to make the change.</source>
            <translation>Keep yourself ({user}) among the coordinators, or ask another coordinator to make the change.</translation>
        </message>
        <message>
            <source>The books are closed through {closed}: nothing dated {day} can be added, changed or removed. Enter a correction dated after {closed}.</source>
            <translation>The books are closed through {closed}: nothing dated {day} can be added, changed or removed. Enter a correction dated after {closed}.</translation>
        </message>
        <message>
            <source>The books are already closed through {closed}; a closed period cannot be reopened.</source>
            <translation>The books are already closed through {closed}; a closed period cannot be reopened.</translation>
        </message>
        <message>
            <source>Only a day in the past can be closed.</source>
            <translation>Only a day in the past can be closed.</translation>
        </message>
        <message>
            <source>The database {path} must be upgraded for this version of Partage, but it is open on other computers: {people}. Ask them to close Partage, then open the database again. The file was left as it is.</source>
            <translation>The database {path} must be upgraded for this version of Partage, but it is open on other computers: {people}. Ask them to close Partage, then open the database again. The file was left as it is.</translation>
        </message>
        <message>
            <source>A backup cannot be restored while the database {path} is open on other computers: {people}. Ask them to close Partage, then try again. Nothing was changed.</source>
            <translation>A backup cannot be restored while the database {path} is open on other computers: {people}. Ask them to close Partage, then try again. Nothing was changed.</translation>
        </message>
        <message>
            <source>The backup {path} was written by a newer version of Partage and cannot be restored by this one.</source>
            <translation>The backup {path} was written by a newer version of Partage and cannot be restored by this one.</translation>
        </message>
        <message>
            <source>The file has no column “{text}”; its columns are: {choices}.</source>
            <translation>The file has no column “{text}”; its columns are: {choices}.</translation>
        </message>
        <message>
            <source>“{text}” is not FIELD=COLUMN; for example --map name=Nom.</source>
            <translation>“{text}” is not FIELD=COLUMN; for example --map name=Nom.</translation>
        </message>
        <message>
            <source>{path} is a database, not an export file; give another file name.</source>
            <translation>{path} is a database, not an export file; give another file name.</translation>
        </message>
        <message>
            <source>This file is not a Partage JSON export (made with “Export” or partage-cli export json). Nothing was imported.</source>
            <translation>This file is not a Partage JSON export (made with “Export” or partage-cli export json). Nothing was imported.</translation>
        </message>
        <message>
            <source>The export is damaged or was altered: table {table}, row {row}, column {column} holds {value}, which that column cannot hold. Nothing was imported.</source>
            <translation>The export is damaged or was altered: table {table}, row {row}, column {column} holds {value}, which that column cannot hold. Nothing was imported.</translation>
        </message>
        <message>
            <source>The export is incomplete: the table {table} has no column {column}. Nothing was imported.</source>
            <translation>The export is incomplete: the table {table} has no column {column}. Nothing was imported.</translation>
        </message>
        <message>
            <source>This export was made by a newer version of Partage (schema {schema}). Install the latest version to import it; nothing was imported.</source>
            <translation>This export was made by a newer version of Partage (schema {schema}). Install the latest version to import it; nothing was imported.</translation>
        </message>
        <message>
            <source>This export was altered: table {table}, row {row}, column {column} holds {value}, outside {low} to {high}. Nothing was imported.</source>
            <extracomment>Coded columns and every code each may hold (the models' enumerations). (table, earlier column, later column, may they be equal): periods that cannot end before they start. Whole-number columns and the range each may hold (both ends included). Columns of split rules (an empty rule: the asset's own).</extracomment>
            <translation>This export was altered: table {table}, row {row}, column {column} holds {value}, outside {low} to {high}. Nothing was imported.</translation>
        </message>
        <message>
            <source>This export was altered: table {table}, row {row}, column {column} holds {value}, outside the years {low} to {high}. Nothing was imported.</source>
            <translation>This export was altered: table {table}, row {row}, column {column} holds {value}, outside the years {low} to {high}. Nothing was imported.</translation>
        </message>
        <message>
            <source>This export was altered: table {table}, row {row}, column {column} holds the character U+{code}, which no text can hold. Nothing was imported.</source>
            <translation>This export was altered: table {table}, row {row}, column {column} holds the character U+{code}, which no text can hold. Nothing was imported.</translation>
        </message>
        <message>
            <source>This export was altered: table {table}, row {row}, column {column} holds {length} characters; it holds at most {limit}. Nothing was imported.</source>
            <translation>This export was altered: table {table}, row {row}, column {column} holds {length} characters; it holds at most {limit}. Nothing was imported.</translation>
        </message>
        <message>
            <source>This export was altered: table {table}, row {row}: the setting {key} holds {value}, which Partage cannot use. Nothing was imported.</source>
            <translation>This export was altered: table {table}, row {row}: the setting {key} holds {value}, which Partage cannot use. Nothing was imported.</translation>
        </message>
        <message>
            <source>The invoice counter of the series {series} stands at {counter}, but its last invoice is number {number}.</source>
            <translation>The invoice counter of the series {series} stands at {counter}, but its last invoice is number {number}.</translation>
        </message>
        <message>
            <source>This export was altered: its data breaks the rules of Partage ({checks}). Nothing was imported.</source>
            <translation>This export was altered: its data breaks the rules of Partage ({checks}). Nothing was imported.</translation>
        </message>
        <message>
            <source>The database {path} already holds data. A JSON export is imported only into a new, empty database: create one, then import into it. Nothing was changed.</source>
            <translation>The database {path} already holds data. A JSON export is imported only into a new, empty database: create one, then import into it. Nothing was changed.</translation>
        </message>
        <message>
            <source>The export is damaged or was altered: its rows break the rules of the database (a repeated name or a reference to a missing row). Nothing was imported.</source>
            <translation>The export is damaged or was altered: its rows break the rules of the database (a repeated name or a reference to a missing row). Nothing was imported.</translation>
        </message>
        <message>
            <source>{path} is a file, not a folder; give a folder for the CSV files.</source>
            <translation>{path} is a file, not a folder; give a folder for the CSV files.</translation>
        </message>
        <message>
            <source>The file has no column {number}; it has {columns} columns.</source>
            <translation>The file has no column {number}; it has {columns} columns.</translation>
        </message>
        <message>
            <source>Column {number} is given to two fields ({fields}); choose one.</source>
            <translation>Column {number} is given to two fields ({fields}); choose one.</translation>
        </message>
        <message>
            <source>Give a column to only one of {fields}, not to both.</source>
            <translation>Give a column to only one of {fields}, not to both.</translation>
        </message>
        <message>
            <source>The file has no column for {fields}. Give its column that header in the first row, or choose which column holds it. Nothing was imported.</source>
            <translation>The file has no column for {fields}. Give its column that header in the first row, or choose which column holds it. Nothing was imported.</translation>
        </message>
        <message>
            <source>This export was altered: table {table}, row {row}, column {column} holds {value}, which is not one of: {choices}. Nothing was imported.</source>
            <translation>This export was altered: table {table}, row {row}, column {column} holds {value}, which is not one of: {choices}. Nothing was imported.</translation>
        </message>
        <message>
            <source>This export was altered: table {table}, row {row}: {column} ({value}) is not before {later_column} ({later}). Nothing was imported.</source>
            <translation>This export was altered: table {table}, row {row}: {column} ({value}) is not before {later_column} ({later}). Nothing was imported.</translation>
        </message>
        <message>
            <source>This export was altered: table {table}, row {row}, column {column} holds {value}, which is not a split rule of this export's members. Nothing was imported.</source>
            <translation>This export was altered: table {table}, row {row}, column {column} holds {value}, which is not a split rule of this export's members. Nothing was imported.</translation>
        </message>
        <message>
            <source>This export was altered: table {table}, row {row}, column {column} holds {value}, which is not a recurrence rule. Nothing was imported.</source>
            <translation>This export was altered: table {table}, row {row}, column {column} holds {value}, which is not a recurrence rule. Nothing was imported.</translation>
        </message>
        <message>
            <source>This export was altered: table {table}, row {row}, column {column} holds {value}, which is not a time zone. Nothing was imported.</source>
            <translation>This export was altered: table {table}, row {row}, column {column} holds {value}, which is not a time zone. Nothing was imported.</translation>
        </message>
        <message>
            <source>Partage cannot write backups to the folder {folder}: {reason}. Choose another folder in Edit › Preferences.</source>
            <translation>Partage cannot write backups to the folder {folder}: {reason}. Choose another folder in Edit › Preferences.</translation>
        </message>
        <message>
            <source>Name one member: account MEMBER, or account opening MEMBER AMOUNT --date DATE.</source>
            <translation>Name one member: account MEMBER, or account opening MEMBER AMOUNT --date DATE.</translation>
        </message>
        <message>
            <source>Give the day of the opening balance with --date.</source>
            <translation>Give the day of the opening balance with --date.</translation>
        </message>
        <message>
            <source>Unknown kind “{kind}”.</source>
            <translation>Unknown kind “{kind}”.</translation>
        </message>
        <message>
            <source>The database {path} holds a value Partage cannot use: {column} of row {row} in the table {table} is “{value}”. Nothing was changed; partage-cli check lists every such value.</source>
            <translation>The database {path} holds a value Partage cannot use: {column} of row {row} in the table {table} is “{value}”. Nothing was changed; partage-cli check lists every such value.</translation>
        </message>
        <message>
            <source>The database {path} holds a value Partage cannot use: {column} is “{value}”. Nothing was changed; partage-cli check lists every such value.</source>
            <translation>The database {path} holds a value Partage cannot use: {column} is “{value}”. Nothing was changed; partage-cli check lists every such value.</translation>
        </message>
        <message>
            <source>The setting “{key}” of the database {path} holds “{value}”, which Partage cannot use. Nothing was changed; set it again with partage-cli settings set {name}, or in the window's organisation settings.</source>
            <translation>The setting “{key}” of the database {path} holds “{value}”, which Partage cannot use. Nothing was changed; set it again with partage-cli settings set {name}, or in the window's organisation settings.</translation>
        </message>
    </context>
    <context>
        <name>explain</name>
        <message>
            <source>Maintenance</source>
            <translation>Maintenance</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>Repair</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Insurance</translation>
        </message>
        <message>
            <source>Purchase</source>
            <translation>Purchase</translation>
        </message>
        <message>
            <source>Fuel</source>
            <translation>Fuel</translation>
        </message>
        <message>
            <source>Consumables</source>
            <translation>Consumables</translation>
        </message>
        <message>
            <source>Rent</source>
            <translation>Rent</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>× {n}/{d} days</source>
            <translation>× {n}/{d} days</translation>
        </message>
        <message>
            <source>equal part</source>
            <translation>equal part</translation>
        </message>
        <message>
            <source>ownership part</source>
            <translation>ownership part</translation>
        </message>
        <message>
            <source>usage part</source>
            <translation>usage part</translation>
        </message>
        <message>
            <source>weighted part</source>
            <translation>weighted part</translation>
        </message>
        <message>
            <source>× {percent}% ({part})</source>
            <translation>× {percent}% ({part})</translation>
        </message>
        <message>
            <source>× {n} of {d} h booked</source>
            <translation>× {n} of {d} h booked</translation>
        </message>
        <message>
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <source>h</source>
            <translation>h</translation>
        </message>
        <message>
            <source>× {n} of {d} {unit}</source>
            <translation>× {n} of {d} {unit}</translation>
        </message>
        <message>
            <source>× {share} (ownership shares over the days each owner belonged)</source>
            <translation>× {share} (ownership shares over the days each owner belonged)</translation>
        </message>
        <message>
            <source>× {n} of {d} ownership shares</source>
            <translation>× {n} of {d} ownership shares</translation>
        </message>
        <message>
            <source>× {share} (equal share: nobody used it in the period)</source>
            <translation>× {share} (equal share: nobody used it in the period)</translation>
        </message>
        <message>
            <source>× {share} (equal share over the days of membership)</source>
            <translation>× {share} (equal share over the days of membership)</translation>
        </message>
        <message>
            <source>× {share} (by weight)</source>
            <translation>× {share} (by weight)</translation>
        </message>
        <message>
            <source>Share of the costs, {start} to {end}</source>
            <translation>Share of the costs, {start} to {end}</translation>
        </message>
        <message>
            <source>GST and QST of invoice {number}</source>
            <translation>GST and QST of invoice {number}</translation>
        </message>
        <message>
            <source>GST and QST on charges not yet invoiced</source>
            <translation>GST and QST on charges not yet invoiced</translation>
        </message>
        <message>
            <source>Paid to the member by the group</source>
            <translation>Paid to the member by the group</translation>
        </message>
        <message>
            <source>Payment — invoice {number}</source>
            <translation>Payment — invoice {number}</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Expense paid for the group — {what}</source>
            <translation>Expense paid for the group — {what}</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>Opening balance</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>Adjustment</translation>
        </message>
    </context>
    <context>
        <name>statement</name>
        <message>
            <source>STATEMENT AND INVOICE</source>
            <translation>STATEMENT AND INVOICE</translation>
        </message>
        <message>
            <source>CREDIT NOTE</source>
            <translation>CREDIT NOTE</translation>
        </message>
        <message>
            <source>Lines credited</source>
            <translation>Lines credited</translation>
        </message>
        <message>
            <source>About this credit note</source>
            <translation>About this credit note</translation>
        </message>
        <message>
            <source>This credit note cancels invoice {number} in full. A corrected invoice for the same period may follow.</source>
            <translation>This credit note cancels invoice {number} in full. A corrected invoice for the same period may follow.</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>DRAFT</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>No. {number}</translation>
        </message>
        <message>
            <source>Bill to</source>
            <translation>Bill to</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>Due on</translation>
        </message>
        <message>
            <source>Member no.</source>
            <translation>Member no.</translation>
        </message>
        <message>
            <source>Cancels invoice</source>
            <translation>Cancels invoice</translation>
        </message>
        <message>
            <source>Your share of the costs</source>
            <translation>Your share of the costs</translation>
        </message>
        <message>
            <source>Asset or cost</source>
            <translation>Asset or cost</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Costs</translation>
        </message>
        <message>
            <source>In the period</source>
            <translation>In the period</translation>
        </message>
        <message>
            <source>Your share</source>
            <translation>Your share</translation>
        </message>
        <message>
            <source>No cost to share in this period.</source>
            <translation>No cost to share in this period.</translation>
        </message>
        <message>
            <source>Group overhead — {category}</source>
            <translation>Group overhead — {category}</translation>
        </message>
        <message>
            <source>Your bookings</source>
            <translation>Your bookings</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Asset</source>
            <translation>Asset</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Use</translation>
        </message>
        <message>
            <source>No booking in this period.</source>
            <translation>No booking in this period.</translation>
        </message>
        <message>
            <source>Payments and credits</source>
            <translation>Payments and credits</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>No payment in this period.</source>
            <translation>No payment in this period.</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Payment — invoice {number}</source>
            <translation>Payment — invoice {number}</translation>
        </message>
        <message>
            <source>Expense paid for the group — {what}</source>
            <translation>Expense paid for the group — {what}</translation>
        </message>
        <message>
            <source>Balance brought forward</source>
            <translation>Balance brought forward</translation>
        </message>
        <message>
            <source>Charges before this period not yet invoiced</source>
            <translation>Charges before this period not yet invoiced</translation>
        </message>
        <message>
            <source>Your share of costs up to {day} that no earlier invoice asked for (a period not invoiced, or a cost recorded after its period was invoiced).</source>
            <translation>Your share of costs up to {day} that no earlier invoice asked for (a period not invoiced, or a cost recorded after its period was invoiced).</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>Opening balance</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>Adjustment</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>Subtotal</translation>
        </message>
        <message>
            <source>GST ({rate}%)</source>
            <translation>GST ({rate}%)</translation>
        </message>
        <message>
            <source>QST ({rate}%)</source>
            <translation>QST ({rate}%)</translation>
        </message>
        <message>
            <source>Total of this invoice</source>
            <translation>Total of this invoice</translation>
        </message>
        <message>
            <source>Total credited</source>
            <translation>Total credited</translation>
        </message>
        <message>
            <source>Less payments and credits</source>
            <translation>Less payments and credits</translation>
        </message>
        <message>
            <source>Amount due</source>
            <translation>Amount due</translation>
        </message>
        <message>
            <source>Amount in your favour</source>
            <translation>Amount in your favour</translation>
        </message>
        <message>
            <source>How to pay</source>
            <translation>How to pay</translation>
        </message>
        <message>
            <source>How your share is computed</source>
            <translation>How your share is computed</translation>
        </message>
        <message>
            <source>Each cost is shared among the members by the rule of its asset: equally among the members of the period, by ownership shares, by use (hours booked or kilometres driven), or by agreed weights. A cost spread over a period counts for the days that fall in this one. Ask your coordinator for the detail of any line.</source>
            <translation>Each cost is shared among the members by the rule of its asset: equally among the members of the period, by ownership shares, by use (hours booked or kilometres driven), or by agreed weights. A cost spread over a period counts for the days that fall in this one. Ask your coordinator for the detail of any line.</translation>
        </message>
        <message>
            <source>{count} costs ({categories}), {amount} in the period; the latest: </source>
            <translation>{count} costs ({categories}), {amount} in the period; the latest: </translation>
        </message>
        <message>
            <source>(continued)</source>
            <translation>(continued)</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>GST no. {number}</source>
            <translation>GST no. {number}</translation>
        </message>
        <message>
            <source>QST no. {number}</source>
            <translation>QST no. {number}</translation>
        </message>
        <message>
            <source>{hours} h</source>
            <translation>{hours} h</translation>
        </message>
        <message>
            <source>{value} km</source>
            <translation>{value} km</translation>
        </message>
        <message>
            <source>{value} h of use</source>
            <translation>{value} h of use</translation>
        </message>
    </context>
</TS>
