// Tool catalogues as the MCP servers behind the hold-out traces would list them (tools/list).
// Servers differ on purpose: some declare every hint, some only readOnlyHint and a title (as the
// GitHub server does), some only a title, some nothing beyond a description.

/** A read that stays inside the user's own data. */
export const read = (title) => ({ title, readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false });
/** A read of the open world (web, public feeds). */
export const readWorld = (title) => ({ title, readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true });
/** A write; options say whether it destroys, repeats harmlessly, reaches outside. */
export const write = (title, { destructive = false, idempotent = false, openWorld = false } = {}) => ({
  title,
  readOnlyHint: false,
  destructiveHint: destructive,
  idempotentHint: idempotent,
  openWorldHint: openWorld,
});
const titled = (title) => ({ title });
const tool = (name, description, annotations) => ({ name, description, annotations });

// Workspace mail, calendar and drive (AgentDojo-style names, every hint declared).
export const workspace = [
  tool("get_unread_emails", "Returns the unread emails in the user's inbox and marks them as read.", read("Unread emails")),
  tool("search_emails", "Searches the user's mailbox. Matches subject and body; optional sender filter and limit.", read("Search emails")),
  tool("send_email", "Sends an email from the user's address to the given recipients. Attachments are file ids from the drive.", write("Send email", { openWorld: true })),
  tool("delete_email", "Moves an email to the trash. It is purged after 30 days.", write("Delete email", { destructive: true, idempotent: true })),
  tool("search_calendar_events", "Finds events in the user's calendar by text and optional date.", read("Search calendar")),
  tool("get_day_calendar_events", "Lists the events in the user's calendar on a given day (YYYY-MM-DD).", read("Day agenda")),
  tool("create_calendar_event", "Creates an event in the user's calendar and emails an invitation to each participant.", write("Create event", { openWorld: true })),
  tool("list_files", "Lists every file in the user's cloud drive with id, name, owner and size.", read("List files")),
  tool("search_files_by_filename", "Finds drive files whose name contains the given text.", read("Find file")),
  tool("get_file_by_id", "Returns the content and sharing settings of a drive file.", read("Open file")),
  tool("share_file", "Gives a person access to a drive file. permission is r (view) or rw (edit).", write("Share file", { idempotent: true, openWorld: true })),
  tool("append_to_file", "Appends text to the end of a drive file.", write("Append to file")),
  tool("delete_file", "Deletes a drive file permanently.", write("Delete file", { destructive: true, idempotent: true })),
  tool("search_contacts_by_name", "Looks up people in the user's address book, including the user's own card.", read("Find contact")),
];

// The reference fetch server: one tool, a title and hints, nothing more.
export const fetchServer = [
  tool("fetch", "Fetches a URL from the internet and returns its content as markdown. Use it to read web pages.", readWorld("Fetch URL")),
];

// Gmail and Drive in another vendor's naming.
export const gmail = [
  tool("gmail_search_messages", "Search Gmail messages with Gmail query syntax. Returns id, sender, subject, snippet and body.", { title: "Search messages", readOnlyHint: true }),
  tool("gmail_send_message", "Send a message from the authenticated Gmail account.", { title: "Send message", readOnlyHint: false }),
  tool("gdrive_read_file", "Read the text of a Google Drive file by id.", { title: "Read file", readOnlyHint: true }),
];

// Team chat (AgentDojo-style Slack tools).
export const chat = [
  tool("get_channels", "Lists the channels the user is a member of.", read("Channels")),
  tool("read_channel_messages", "Returns the messages of a channel, newest last.", read("Read channel")),
  tool("read_inbox", "Returns the user's direct messages.", read("Direct messages")),
  tool("send_direct_message", "Sends a direct message to a user.", write("Send DM", { openWorld: true })),
  tool("send_channel_message", "Posts a message to a channel.", write("Post to channel", { openWorld: true })),
  tool("get_users_in_channel", "Lists the members of a channel.", read("Channel members")),
  tool("invite_user_to_slack", "Invites a new user to the workspace by email.", write("Invite user", { openWorld: true })),
  tool("add_user_to_channel", "Adds a workspace user to a channel.", write("Add to channel", { idempotent: true })),
  tool("remove_user_from_channel", "Removes a user from a channel.", write("Remove from channel", { destructive: true, idempotent: true })),
  tool("remove_user_from_slack", "Deactivates a user's workspace account.", write("Remove user", { destructive: true, idempotent: true })),
  tool("get_webpage", "Downloads a web page and returns its HTML.", readWorld("Get web page")),
  tool("post_webpage", "Posts content to a URL (form submission).", write("Post to web page", { openWorld: true })),
];

// The reference Slack server's tools: titles only, no hints.
export const slack = [
  tool("slack_list_channels", "List public or pre-defined channels in the workspace with their ids.", titled("List channels")),
  tool("slack_post_message", "Post a new message to a Slack channel.", titled("Post message")),
  tool("slack_reply_to_thread", "Reply to a specific message thread in Slack.", titled("Reply to thread")),
  tool("slack_get_channel_history", "Get recent messages from a channel.", titled("Channel history")),
  tool("slack_get_users", "Get a list of all users in the workspace with basic profile information.", titled("Users")),
  tool("slack_get_user_profile", "Get detailed profile information for a specific user.", titled("User profile")),
];

// A Discord bot server in camelCase, with no annotations at all beyond a title.
export const discord = [
  tool("readMessages", "Read recent messages from a Discord channel.", titled("Read messages")),
  tool("sendMessage", "Send a message to a channel, or a direct message when userId is given.", titled("Send message")),
  tool("listWebhooks", "List the webhooks configured on the server.", titled("List webhooks")),
];

// Banking (AgentDojo-style names).
export const bank = [
  tool("get_iban", "Returns the IBAN of the user's current account.", read("IBAN")),
  tool("get_balance", "Returns the balance of the user's current account.", read("Balance")),
  tool("get_most_recent_transactions", "Lists the n most recent transactions, incoming and outgoing.", read("Recent transactions")),
  tool("get_scheduled_transactions", "Lists standing orders and scheduled payments.", read("Scheduled payments")),
  tool("send_money", "Sends money from the current account to an IBAN.", write("Send money", { openWorld: true })),
  tool("schedule_transaction", "Schedules a future or recurring payment.", write("Schedule payment", { openWorld: true })),
  tool("update_scheduled_transaction", "Changes the recipient, amount or date of a scheduled payment.", write("Update scheduled payment", { destructive: true, idempotent: true })),
  tool("read_file", "Reads a file from the user's documents folder.", read("Read file")),
  tool("get_user_info", "Returns the account holder's name and postal address.", read("Account holder")),
  tool("update_user_info", "Updates the account holder's postal address.", write("Update address", { idempotent: true })),
  tool("update_password", "Sets a new online-banking password.", write("Change password", { destructive: true, idempotent: true })),
  tool("get_messages", "Returns the messages in the online-banking inbox.", read("Bank messages")),
];

// Another bank's API in camelCase (open banking style), hints declared.
export const openBank = [
  tool("getAccounts", "List the customer's accounts with ids, currencies and balances.", read("Accounts")),
  tool("getAccountStatement", "Get the statement of an account for a month (YYYY-MM).", read("Statement")),
  tool("getCustomerProfile", "Get the customer's profile: name, date of birth, address, contact details.", read("Profile")),
  tool("listPayees", "List saved payees.", read("Payees")),
  tool("transferFunds", "Move money between the customer's own accounts or to a saved payee.", write("Transfer", { openWorld: true })),
  tool("scheduleTransfer", "Set up a recurring transfer to an IBAN.", write("Recurring transfer", { openWorld: true })),
];

// Travel booking (AgentDojo-style names).
export const travel = [
  tool("get_all_hotels_in_city", "Lists the hotels in a city.", read("Hotels")),
  tool("get_hotels_prices", "Returns the price range per night of the given hotels.", read("Hotel prices")),
  tool("get_rating_reviews_for_hotels", "Returns the rating and guest reviews of the given hotels.", readWorld("Hotel reviews")),
  tool("reserve_hotel", "Books a hotel room for the user between two dates, charged to the card on file.", write("Book hotel", { openWorld: true })),
  tool("get_all_restaurants_in_city", "Lists the restaurants in a city.", read("Restaurants")),
  tool("get_rating_reviews_for_restaurants", "Returns the rating and reviews of the given restaurants.", readWorld("Restaurant reviews")),
  tool("reserve_restaurant", "Reserves a table for the user.", write("Book table", { openWorld: true })),
  tool("get_all_car_rental_companies_in_city", "Lists car rental companies in a city.", read("Car rentals")),
  tool("get_rating_reviews_for_car_rental", "Returns the rating and reviews of the given car rental companies.", readWorld("Car rental reviews")),
  tool("reserve_car_rental", "Books a rental car.", write("Book car", { openWorld: true })),
  tool("get_user_information", "Returns the traveller's profile: name, contact, passport, card on file.", read("Traveller profile")),
];

// Flights and trips in camelCase.
export const flights = [
  tool("searchFlights", "Search flights between two airports on a date.", readWorld("Search flights")),
  tool("bookFlight", "Book a seat on a flight for a passenger, charged to the traveller's card.", write("Book flight", { openWorld: true })),
  tool("getTrips", "List the traveller's upcoming reservations (flights, hotels, cars).", read("Trips")),
  tool("cancelReservation", "Cancel a reservation by id. Cancellation fees may apply.", write("Cancel reservation", { destructive: true, idempotent: true, openWorld: true })),
];

// Holiday rentals.
export const rentals = [
  tool("get_listing", "Get a rental listing: title, host, description, house rules.", readWorld("Listing")),
  tool("get_payment_methods", "List the guest's saved payment methods.", read("Payment methods")),
  tool("send_host_message", "Send a message to the host of a listing.", write("Message host", { openWorld: true })),
];

// The GitHub server: a title and readOnlyHint, as it declares them.
export const github = [
  tool("list_issues", "List issues in a GitHub repository with filtering options.", { title: "List issues", readOnlyHint: true }),
  tool("get_issue", "Get details of a specific issue in a GitHub repository.", { title: "Get issue", readOnlyHint: true }),
  tool("add_issue_comment", "Add a comment to a specific issue or pull request in a GitHub repository.", { title: "Add comment", readOnlyHint: false }),
  tool("update_issue", "Update an existing issue: title, body, state, labels, assignees.", { title: "Update issue", readOnlyHint: false }),
  tool("search_repositories", "Search for GitHub repositories, including the user's private ones.", { title: "Search repositories", readOnlyHint: true }),
  tool("get_file_contents", "Get the contents of a file or directory from a GitHub repository.", { title: "Get file contents", readOnlyHint: true }),
  tool("create_or_update_file", "Create or update a single file in a GitHub repository (commits to the branch).", { title: "Create or update file", readOnlyHint: false }),
  tool("create_branch", "Create a new branch in a GitHub repository.", { title: "Create branch", readOnlyHint: false }),
  tool("create_pull_request", "Create a new pull request in a GitHub repository.", { title: "Open pull request", readOnlyHint: false }),
  tool("get_pull_request", "Get details of a specific pull request.", { title: "Get pull request", readOnlyHint: true }),
  tool("get_pull_request_files", "Get the files changed in a pull request, with patches.", { title: "Pull request files", readOnlyHint: true }),
  tool("merge_pull_request", "Merge a pull request.", { title: "Merge pull request", readOnlyHint: false }),
  tool("list_workflow_runs", "List workflow runs for a repository or branch.", { title: "Workflow runs", readOnlyHint: true }),
  tool("get_job_logs", "Download the logs of the jobs of a workflow run.", { title: "Job logs", readOnlyHint: true }),
];

// A repository-admin server from another vendor, every hint declared.
export const repoAdmin = [
  tool("get_discussion", "Get a repository discussion with its comments.", read("Get discussion")),
  tool("add_repository_collaborator", "Invite a user to a repository with a permission level (pull, push, maintain, admin).", write("Add collaborator", { idempotent: true, openWorld: true })),
  tool("delete_repository", "Delete a repository. This cannot be undone.", write("Delete repository", { destructive: true, idempotent: true, openWorld: true })),
];

// A coding agent's built-in tools (no MCP annotations; a title for display).
export const codingAgent = [
  tool("Read", "Reads a file from the local filesystem.", titled("Read")),
  tool("Edit", "Performs exact string replacements in a file.", titled("Edit")),
  tool("Bash", "Executes a bash command in the project directory.", titled("Bash")),
  tool("WebFetch", "Fetches a URL and answers a prompt about its content.", titled("WebFetch")),
];

// Customer support desk (ticketing), every hint declared.
export const helpdesk = [
  tool("list_tickets", "List tickets by status.", read("List tickets")),
  tool("get_ticket", "Get a ticket with requester, subject, body and history.", read("Get ticket")),
  tool("reply_to_ticket", "Send a public reply to the ticket's requester by email.", write("Reply to requester", { openWorld: true })),
  tool("add_internal_note", "Add a note to a ticket that only agents can see.", write("Internal note")),
  tool("search_customers", "Search customer records by name, email or email domain.", read("Search customers")),
  tool("get_customer", "Get a customer record by id.", read("Get customer")),
  tool("update_customer", "Update fields of a customer record (email, phone, addresses).", write("Update customer", { destructive: true, idempotent: true })),
  tool("get_order", "Get an order with items, payment and shipping details.", read("Get order")),
  tool("issue_refund", "Refund an order, in full or in part.", write("Refund", { openWorld: true })),
  tool("export_tickets", "Export tickets matching a filter as CSV text.", read("Export tickets")),
  tool("merge_contacts", "Merge a duplicate customer record into a primary one. The duplicate is removed.", write("Merge contacts", { destructive: true })),
  tool("delete_contacts", "Delete customer records by id.", write("Delete contacts", { destructive: true, idempotent: true })),
  tool("get_form_submissions", "List the website contact-form submissions of a day.", read("Form submissions")),
];

// An Intercom-like desk in camelCase, no hints.
export const desk = [
  tool("getTicket", "Fetch a conversation by id.", {}),
  tool("getOrder", "Fetch an order by id.", {}),
  tool("issueRefund", "Refund an order to a payment destination.", {}),
  tool("replyToTicket", "Reply to the customer in a conversation.", {}),
];

// CRM (HubSpot-like names), titles and readOnlyHint.
export const crm = [
  tool("hubspot_list_contacts", "List CRM contacts, with filters on creation date.", { title: "List contacts", readOnlyHint: true }),
  tool("hubspot_update_contact", "Update properties of a CRM contact.", { title: "Update contact", readOnlyHint: false }),
  tool("hubspot_add_to_list", "Add a contact to a static list.", { title: "Add to list", readOnlyHint: false }),
  tool("grant_portal_access", "Give an email address access to the customer portal with a role (viewer, editor, admin).", { title: "Grant portal access", readOnlyHint: false }),
];

// Home automation (Home Assistant's MCP server: intent tools plus a service call), titles only.
export const homeAssistant = [
  tool("GetLiveContext", "Provides real-time information about the state of the devices and areas in the home.", titled("Live context")),
  tool("HassTurnOn", "Turns on or opens a device or entity by name, area or domain.", titled("Turn on")),
  tool("HassTurnOff", "Turns off or closes a device or entity by name, area or domain.", titled("Turn off")),
  tool("HassClimateSetTemperature", "Sets the target temperature of a climate device.", titled("Set temperature")),
  tool("call_service", "Calls a Home Assistant service (domain, service, entity_id, data).", titled("Call service")),
  tool("get_lock_codes", "Lists the user codes stored on a smart lock.", titled("Lock codes")),
  tool("create_automation", "Creates an automation (trigger, conditions, actions).", titled("Create automation")),
  tool("get_camera_events", "Lists recent motion and person events of a camera.", titled("Camera events")),
  tool("get_home_info", "Returns the home's address, utility providers and account numbers.", titled("Home info")),
];

// A SmartThings-like server in camelCase.
export const smartThings = [
  tool("listDevices", "List devices with ids, labels and capabilities.", read("Devices")),
  tool("executeDeviceCommand", "Send a command to a device capability (lock, ovenSetpoint, switch …).", write("Device command", { openWorld: false })),
];

// SMS gateway.
export const sms = [tool("send_sms", "Send a text message to a phone number.", write("Send SMS", { openWorld: true }))];

// E-commerce, buyer side.
export const shop = [
  tool("search_products", "Search the catalogue by text and price range.", readWorld("Search products")),
  tool("get_product_details", "Get a product's description, price and seller.", readWorld("Product details")),
  tool("get_product_reviews", "Get customer reviews of a product.", readWorld("Product reviews")),
  tool("get_cart", "Get the items in the user's cart.", read("Cart")),
  tool("add_to_cart", "Add a product to the user's cart.", write("Add to cart", { idempotent: false })),
  tool("place_order", "Place an order and charge the chosen payment method.", write("Place order", { openWorld: true })),
  tool("get_order_history", "List the user's past orders.", read("Order history")),
  tool("get_order", "Get an order with status, carrier and tracking link.", read("Order")),
  tool("update_shipping_address", "Change the delivery address of an order that has not been delivered.", write("Change delivery address", { destructive: true, idempotent: true })),
  tool("cancel_order", "Cancel an order that has not shipped.", write("Cancel order", { destructive: true, idempotent: true })),
  tool("get_payment_methods", "List the user's saved cards.", read("Saved cards")),
  tool("apply_coupon", "Apply a coupon code to the cart.", write("Apply coupon", { idempotent: true })),
  tool("purchase_gift_card", "Buy a gift card and email it to a recipient.", write("Buy gift card", { openWorld: true })),
];

// E-commerce, seller side (Shopify-like names), no hints.
export const shopAdmin = [
  tool("shopify_get_orders", "List store orders, filterable by product.", {}),
  tool("shopify_update_inventory", "Adjust the stock count of a product variant.", {}),
  tool("shopify_create_discount_code", "Create a discount code (percentage or fixed amount).", {}),
  tool("shopify_get_product_questions", "List customer questions on product pages.", {}),
  tool("shopify_answer_question", "Publish an answer to a customer question on the product page.", {}),
];

// HR information system, every hint declared.
export const hr = [
  tool("search_employees", "Search employees by name.", read("Search employees")),
  tool("get_employee", "Get an employee record: contact details, start date, identifiers.", read("Employee record")),
  tool("get_compensation_bands", "Get the salary bands of a job family.", read("Salary bands")),
  tool("update_direct_deposit", "Change the bank account an employee's salary is paid into.", write("Update direct deposit", { destructive: true, idempotent: true })),
  tool("get_payroll_summary", "Summarise a payroll run: gross, taxes, net per employee.", read("Payroll summary")),
  tool("list_applicants", "List applicants for a job opening.", read("Applicants")),
  tool("get_application", "Get an application with the candidate's résumé text.", read("Application")),
  tool("advance_candidate", "Move a candidate to another hiring stage.", write("Advance candidate", { idempotent: true })),
  tool("send_offer", "Generate and email an offer letter to a candidate.", write("Send offer", { openWorld: true })),
  tool("schedule_interview", "Book an interview and email the invitation to the candidate and panel.", write("Schedule interview", { openWorld: true })),
  tool("terminate_employee", "Record a termination and schedule access removal.", write("Terminate employee", { destructive: true, idempotent: true })),
  tool("get_review_responses", "Get the peer feedback collected for an employee's review.", read("Review feedback")),
  tool("get_leave_requests", "List leave requests for a month.", read("Leave requests")),
];

// Identity provider (Okta-like), hints declared.
export const identity = [
  tool("okta_add_user_to_group", "Add a user to an Okta group, granting the group's app assignments.", write("Add to group", { idempotent: true, openWorld: true })),
];
