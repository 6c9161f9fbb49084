CREATE TABLE `municipalities` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`status` text NOT NULL,
	`official_key` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `municipalities_name_uq` ON `municipalities` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `municipalities_official_key_uq` ON `municipalities` (`official_key`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`kind` text NOT NULL,
	`unit_code` text,
	`parent_id` text,
	`municipality_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `organisations_name_idx` ON `organisations` (`name`);--> statement-breakpoint
CREATE INDEX `organisations_kind_idx` ON `organisations` (`kind`);--> statement-breakpoint
CREATE INDEX `organisations_parent_idx` ON `organisations` (`parent_id`);--> statement-breakpoint
CREATE INDEX `organisations_municipality_idx` ON `organisations` (`municipality_id`);--> statement-breakpoint
CREATE TABLE `persons` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`function` text,
	`organisation_id` text,
	`email` text,
	`phone` text,
	`valid_from` text,
	`valid_to` text,
	`delete_after` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `persons_name_idx` ON `persons` (`name`);--> statement-breakpoint
CREATE INDEX `persons_organisation_idx` ON `persons` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `post_periods` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`status` text NOT NULL,
	`fte` real NOT NULL,
	`holder_person_id` text,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`holder_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `post_periods_post_idx` ON `post_periods` (`post_id`,`valid_from`);--> statement-breakpoint
CREATE TABLE `posts` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`funding_module` text NOT NULL,
	`kind` text NOT NULL,
	`focus` text,
	`fte` real NOT NULL,
	`funding_per_fte_cents` integer,
	`host_organisation_id` text,
	`holder_person_id` text,
	`status` text NOT NULL,
	`permanent` integer DEFAULT false NOT NULL,
	`filled_since` text,
	`is_overall_coordination` integer DEFAULT false NOT NULL,
	`tasks` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`host_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`holder_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `posts_module_idx` ON `posts` (`funding_module`);--> statement-breakpoint
CREATE INDEX `posts_host_idx` ON `posts` (`host_organisation_id`);--> statement-breakpoint
CREATE INDEX `posts_holder_idx` ON `posts` (`holder_person_id`);--> statement-breakpoint
CREATE TABLE `provider_assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`provider_organisation_id` text NOT NULL,
	`municipality_id` text,
	`county_wide` integer DEFAULT false NOT NULL,
	`target_group` text NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`provider_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `provider_assignments_provider_idx` ON `provider_assignments` (`provider_organisation_id`);--> statement-breakpoint
CREATE INDEX `provider_assignments_municipality_idx` ON `provider_assignments` (`municipality_id`);--> statement-breakpoint
CREATE TABLE `committee_memberships` (
	`id` text PRIMARY KEY NOT NULL,
	`committee_id` text NOT NULL,
	`seat_label` text,
	`organisation_id` text,
	`person_id` text,
	`deputy_person_id` text,
	`role` text NOT NULL,
	`category` text,
	`occasional` integer DEFAULT false NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deputy_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `committee_memberships_committee_idx` ON `committee_memberships` (`committee_id`,`valid_from`);--> statement-breakpoint
CREATE INDEX `committee_memberships_person_idx` ON `committee_memberships` (`person_id`);--> statement-breakpoint
CREATE INDEX `committee_memberships_deputy_idx` ON `committee_memberships` (`deputy_person_id`);--> statement-breakpoint
CREATE INDEX `committee_memberships_org_idx` ON `committee_memberships` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `committee_report_dues` (
	`id` text PRIMARY KEY NOT NULL,
	`committee_id` text NOT NULL,
	`due_date` text NOT NULL,
	`topic` text,
	`delivered_on` text,
	`delivered_agenda_item_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `committee_report_dues_due_idx` ON `committee_report_dues` (`due_date`,`committee_id`);--> statement-breakpoint
CREATE TABLE `committees` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`mandate` text,
	`status` text NOT NULL,
	`commissioned_by_decision_id` text,
	`lead_person_id` text,
	`lead_organisation_id` text,
	`municipality_id` text,
	`start_date` text,
	`planned_end_date` text,
	`end_date` text,
	`closing_result` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`commissioned_by_decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`lead_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `committees_kind_idx` ON `committees` (`kind`,`status`);--> statement-breakpoint
CREATE INDEX `committees_decision_idx` ON `committees` (`commissioned_by_decision_id`);--> statement-breakpoint
CREATE TABLE `rules_of_procedure` (
	`id` text PRIMARY KEY NOT NULL,
	`committee_id` text NOT NULL,
	`adopted_on` text,
	`version` text NOT NULL,
	`quorum_rule` text DEFAULT 'MORE_THAN_HALF' NOT NULL,
	`deputies_count` integer DEFAULT true NOT NULL,
	`notice_period_days` integer DEFAULT 14 NOT NULL,
	`decision_mode` text DEFAULT 'CONSENSUS' NOT NULL,
	`meetings_per_year` integer,
	`document_id` text,
	`valid_from` text,
	`valid_to` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rules_of_procedure_committee_idx` ON `rules_of_procedure` (`committee_id`,`adopted_on`);--> statement-breakpoint
CREATE TABLE `agenda_item_links` (
	`id` text PRIMARY KEY NOT NULL,
	`agenda_item_id` text NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agenda_item_links_item_idx` ON `agenda_item_links` (`agenda_item_id`);--> statement-breakpoint
CREATE INDEX `agenda_item_links_target_idx` ON `agenda_item_links` (`target_type`,`target_id`);--> statement-breakpoint
CREATE TABLE `agenda_items` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`kind` text NOT NULL,
	`standing_item` text,
	`presenter` text,
	`planned_minutes` integer,
	`status` text DEFAULT 'OPEN' NOT NULL,
	`carried_from_item_id` text,
	`carry_count` integer DEFAULT 0 NOT NULL,
	`carry_reason` text,
	`minutes_text` text,
	`is_public` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`carried_from_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agenda_items_meeting_idx` ON `agenda_items` (`meeting_id`,`position`);--> statement-breakpoint
CREATE INDEX `agenda_items_carried_idx` ON `agenda_items` (`carried_from_item_id`);--> statement-breakpoint
CREATE INDEX `agenda_items_status_idx` ON `agenda_items` (`status`);--> statement-breakpoint
CREATE TABLE `backlog_topics` (
	`id` text PRIMARY KEY NOT NULL,
	`committee_id` text NOT NULL,
	`title` text NOT NULL,
	`note` text,
	`proposed_by` text,
	`used_in_agenda_item_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`used_in_agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `backlog_topics_committee_idx` ON `backlog_topics` (`committee_id`,`used_in_agenda_item_id`);--> statement-breakpoint
CREATE TABLE `meeting_attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`membership_id` text,
	`person_id` text,
	`organisation_id` text,
	`status` text NOT NULL,
	`represented_by_person_id` text,
	`arrived_before_item_id` text,
	`left_after_item_id` text,
	`head_count` integer,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`membership_id`) REFERENCES `committee_memberships`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`represented_by_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`arrived_before_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`left_after_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_attendance_meeting_idx` ON `meeting_attendance` (`meeting_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `meeting_attendance_membership_uq` ON `meeting_attendance` (`meeting_id`,`membership_id`);--> statement-breakpoint
CREATE INDEX `meeting_attendance_person_idx` ON `meeting_attendance` (`person_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`committee_id` text NOT NULL,
	`sequence_no` integer,
	`title` text,
	`starts_at` text NOT NULL,
	`duration_minutes` integer DEFAULT 120 NOT NULL,
	`location` text,
	`online_url` text,
	`status` text NOT NULL,
	`invitation_sent_on` text,
	`is_inaugural` integer DEFAULT false NOT NULL,
	`quorum_reached` integer,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meetings_committee_idx` ON `meetings` (`committee_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `meetings_starts_idx` ON `meetings` (`starts_at`);--> statement-breakpoint
CREATE TABLE `action_item_notes` (
	`id` text PRIMARY KEY NOT NULL,
	`action_item_id` text NOT NULL,
	`noted_on` text NOT NULL,
	`text` text NOT NULL,
	`author` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`action_item_id`) REFERENCES `action_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `action_item_notes_item_idx` ON `action_item_notes` (`action_item_id`,`noted_on`);--> statement-breakpoint
CREATE TABLE `action_items` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`decision_id` text,
	`meeting_id` text,
	`round_table_id` text,
	`title` text NOT NULL,
	`description` text,
	`owner_organisation_id` text,
	`owner_person_id` text,
	`owner_text` text,
	`due_date` text,
	`status` text NOT NULL,
	`delay_reason` text,
	`review_date` text,
	`evidence_text` text,
	`evidence_document_id` text,
	`completed_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_table_id`) REFERENCES `round_tables`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evidence_document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `action_items_status_due_idx` ON `action_items` (`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `action_items_decision_idx` ON `action_items` (`decision_id`);--> statement-breakpoint
CREATE INDEX `action_items_meeting_idx` ON `action_items` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `action_items_round_table_idx` ON `action_items` (`round_table_id`);--> statement-breakpoint
CREATE INDEX `action_items_owner_org_idx` ON `action_items` (`owner_organisation_id`);--> statement-breakpoint
CREATE INDEX `action_items_owner_person_idx` ON `action_items` (`owner_person_id`);--> statement-breakpoint
CREATE TABLE `decision_effects` (
	`id` text PRIMARY KEY NOT NULL,
	`decision_id` text NOT NULL,
	`effect_type` text NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text NOT NULL,
	`detail` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `decision_effects_decision_idx` ON `decision_effects` (`decision_id`);--> statement-breakpoint
CREATE INDEX `decision_effects_target_idx` ON `decision_effects` (`target_type`,`target_id`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`agenda_item_id` text,
	`number` text,
	`text` text NOT NULL,
	`type` text NOT NULL,
	`result` text NOT NULL,
	`votes_yes` integer,
	`votes_no` integer,
	`votes_abstain` integer,
	`voting_members_present` integer,
	`quorum_reached` integer,
	`override_reason` text,
	`decided_on` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decisions_meeting_idx` ON `decisions` (`meeting_id`);--> statement-breakpoint
CREATE INDEX `decisions_item_idx` ON `decisions` (`agenda_item_id`);--> statement-breakpoint
CREATE INDEX `decisions_decided_idx` ON `decisions` (`decided_on`);--> statement-breakpoint
CREATE TABLE `minutes` (
	`id` text PRIMARY KEY NOT NULL,
	`meeting_id` text NOT NULL,
	`author` text,
	`preamble` text,
	`closing_text` text,
	`status` text NOT NULL,
	`approved_in_meeting_id` text,
	`approved_on` text,
	`content_hash` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_in_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `minutes_meeting_id_unique` ON `minutes` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `minutes_amendments` (
	`id` text PRIMARY KEY NOT NULL,
	`minutes_id` text NOT NULL,
	`amended_on` text NOT NULL,
	`reason` text NOT NULL,
	`text` text NOT NULL,
	`agenda_item_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`minutes_id`) REFERENCES `minutes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `minutes_amendments_minutes_idx` ON `minutes_amendments` (`minutes_id`);--> statement-breakpoint
CREATE TABLE `round_table_municipalities` (
	`round_table_id` text NOT NULL,
	`municipality_id` text NOT NULL,
	PRIMARY KEY(`round_table_id`, `municipality_id`),
	FOREIGN KEY (`round_table_id`) REFERENCES `round_tables`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `round_table_municipalities_municipality_idx` ON `round_table_municipalities` (`municipality_id`);--> statement-breakpoint
CREATE TABLE `round_table_participants` (
	`id` text PRIMARY KEY NOT NULL,
	`round_table_id` text NOT NULL,
	`organisation_id` text,
	`person_id` text,
	`role` text NOT NULL,
	`head_count` integer,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`round_table_id`) REFERENCES `round_tables`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `round_table_participants_rt_idx` ON `round_table_participants` (`round_table_id`);--> statement-breakpoint
CREATE INDEX `round_table_participants_org_idx` ON `round_table_participants` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `round_table_participants_person_idx` ON `round_table_participants` (`person_id`);--> statement-breakpoint
CREATE TABLE `round_tables` (
	`id` text PRIMARY KEY NOT NULL,
	`format` text NOT NULL,
	`title` text NOT NULL,
	`held_on` text NOT NULL,
	`start_time` text,
	`location` text,
	`online_url` text,
	`county_wide` integer DEFAULT false NOT NULL,
	`topics` text,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `round_tables_held_idx` ON `round_tables` (`held_on`);--> statement-breakpoint
CREATE TABLE `case_reconstructions` (
	`id` text PRIMARY KEY NOT NULL,
	`held_on` text NOT NULL,
	`format` text NOT NULL,
	`facilitator_post_id` text,
	`case_code` text,
	`case_source` text NOT NULL,
	`provider_organisation_id` text,
	`municipality_id` text,
	`age_band` text,
	`summary` text,
	`privacy_justification` text,
	`delete_after` text,
	`purged_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`facilitator_post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`provider_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_reconstructions_held_idx` ON `case_reconstructions` (`held_on`);--> statement-breakpoint
CREATE INDEX `case_reconstructions_delete_idx` ON `case_reconstructions` (`delete_after`,`purged_at`);--> statement-breakpoint
CREATE INDEX `case_reconstructions_municipality_idx` ON `case_reconstructions` (`municipality_id`);--> statement-breakpoint
CREATE TABLE `fields_of_action` (
	`code` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`position` integer NOT NULL,
	`builtin` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `finding_organisations` (
	`finding_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	PRIMARY KEY(`finding_id`, `organisation_id`),
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `findings` (
	`id` text PRIMARY KEY NOT NULL,
	`reconstruction_id` text,
	`round_table_id` text,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`theme_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`reconstruction_id`) REFERENCES `case_reconstructions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_table_id`) REFERENCES `round_tables`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `findings_reconstruction_idx` ON `findings` (`reconstruction_id`);--> statement-breakpoint
CREATE INDEX `findings_round_table_idx` ON `findings` (`round_table_id`);--> statement-breakpoint
CREATE INDEX `findings_theme_idx` ON `findings` (`theme_id`);--> statement-breakpoint
CREATE TABLE `measure_budgets` (
	`measure_id` text NOT NULL,
	`year` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	PRIMARY KEY(`measure_id`, `year`),
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `measure_organisations` (
	`measure_id` text NOT NULL,
	`organisation_id` text NOT NULL,
	PRIMARY KEY(`measure_id`, `organisation_id`),
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `measures` (
	`id` text PRIMARY KEY NOT NULL,
	`theme_id` text,
	`committee_id` text,
	`title` text NOT NULL,
	`target_agreement` text,
	`indicators` text,
	`approved_by_decision_id` text,
	`status` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`budget_line` text,
	`result` text,
	`evidence` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by_decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measures_theme_idx` ON `measures` (`theme_id`);--> statement-breakpoint
CREATE INDEX `measures_committee_idx` ON `measures` (`committee_id`);--> statement-breakpoint
CREATE INDEX `measures_status_end_idx` ON `measures` (`status`,`end_date`);--> statement-breakpoint
CREATE TABLE `reconstruction_fields` (
	`reconstruction_id` text NOT NULL,
	`field_of_action` text NOT NULL,
	PRIMARY KEY(`reconstruction_id`, `field_of_action`),
	FOREIGN KEY (`reconstruction_id`) REFERENCES `case_reconstructions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`field_of_action`) REFERENCES `fields_of_action`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `reconstruction_legal_domains` (
	`reconstruction_id` text NOT NULL,
	`legal_domain` text NOT NULL,
	PRIMARY KEY(`reconstruction_id`, `legal_domain`),
	FOREIGN KEY (`reconstruction_id`) REFERENCES `case_reconstructions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `reconstruction_participants` (
	`id` text PRIMARY KEY NOT NULL,
	`reconstruction_id` text NOT NULL,
	`organisation_id` text,
	`role` text NOT NULL,
	FOREIGN KEY (`reconstruction_id`) REFERENCES `case_reconstructions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reconstruction_participants_rec_idx` ON `reconstruction_participants` (`reconstruction_id`);--> statement-breakpoint
CREATE TABLE `theme_status_history` (
	`id` text PRIMARY KEY NOT NULL,
	`theme_id` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`changed_at` text NOT NULL,
	`decision_id` text,
	`note` text,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `theme_status_history_theme_idx` ON `theme_status_history` (`theme_id`,`changed_at`);--> statement-breakpoint
CREATE TABLE `themes` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`field_of_action` text,
	`priority` text,
	`status` text NOT NULL,
	`assigned_committee_id` text,
	`merged_into_theme_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`field_of_action`) REFERENCES `fields_of_action`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_committee_id`) REFERENCES `committees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merged_into_theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `themes_status_idx` ON `themes` (`status`);--> statement-breakpoint
CREATE INDEX `themes_field_idx` ON `themes` (`field_of_action`);--> statement-breakpoint
CREATE INDEX `themes_committee_idx` ON `themes` (`assigned_committee_id`);--> statement-breakpoint
CREATE TABLE `budget_plans` (
	`id` text PRIMARY KEY NOT NULL,
	`funding_year_id` text NOT NULL,
	`budget_line` text NOT NULL,
	`planned_cents` integer NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`funding_year_id`) REFERENCES `funding_years`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `budget_plans_year_line_uq` ON `budget_plans` (`funding_year_id`,`budget_line`);--> statement-breakpoint
CREATE TABLE `cm_aggregates` (
	`id` text PRIMARY KEY NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`provider_organisation_id` text NOT NULL,
	`municipality_id` text,
	`field_of_action` text,
	`new_cases` integer DEFAULT 0 NOT NULL,
	`active_cases` integer DEFAULT 0 NOT NULL,
	`closed_cases` integer DEFAULT 0 NOT NULL,
	`contacts` integer DEFAULT 0 NOT NULL,
	`accompaniments` integer DEFAULT 0 NOT NULL,
	`referrals` integer DEFAULT 0 NOT NULL,
	`avg_duration_days` real,
	`source` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`provider_organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipalities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`field_of_action`) REFERENCES `fields_of_action`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cm_aggregates_period_idx` ON `cm_aggregates` (`period_start`,`period_end`);--> statement-breakpoint
CREATE INDEX `cm_aggregates_provider_idx` ON `cm_aggregates` (`provider_organisation_id`);--> statement-breakpoint
CREATE INDEX `cm_aggregates_municipality_idx` ON `cm_aggregates` (`municipality_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`held_on` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`audience` text,
	`participants` integer,
	`cost_cents` integer,
	`budget_line` text,
	`note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_held_idx` ON `events` (`held_on`);--> statement-breakpoint
CREATE TABLE `expenses` (
	`id` text PRIMARY KEY NOT NULL,
	`funding_year_id` text NOT NULL,
	`budget_line` text NOT NULL,
	`spent_on` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`note` text,
	`event_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`funding_year_id`) REFERENCES `funding_years`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `expenses_year_line_idx` ON `expenses` (`funding_year_id`,`budget_line`);--> statement-breakpoint
CREATE TABLE `funding_rates` (
	`id` text PRIMARY KEY NOT NULL,
	`funding_year_id` text NOT NULL,
	`budget_line` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`unit` text NOT NULL,
	FOREIGN KEY (`funding_year_id`) REFERENCES `funding_years`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `funding_rates_year_line_uq` ON `funding_rates` (`funding_year_id`,`budget_line`);--> statement-breakpoint
CREATE TABLE `funding_years` (
	`id` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`guideline_version` text,
	`grant_notice_date` text,
	`grant_notice_ref` text,
	`report_deadline` text,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `funding_years_year_unique` ON `funding_years` (`year`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`version` text,
	`file_name` text,
	`stored_path` text,
	`mime_type` text,
	`size_bytes` integer,
	`sha256` text,
	`adopted_by_decision_id` text,
	`adopted_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`adopted_by_decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documents_kind_idx` ON `documents` (`kind`);--> statement-breakpoint
CREATE TABLE `report_drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`year` integer,
	`title` text NOT NULL,
	`version_label` text,
	`reporting_date` text,
	`recipient` text,
	`reference` text,
	`status` text NOT NULL,
	`published_at` text,
	`based_on_draft_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`based_on_draft_id`) REFERENCES `report_drafts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_drafts_kind_year_idx` ON `report_drafts` (`kind`,`year`);--> statement-breakpoint
CREATE TABLE `report_exports` (
	`id` text PRIMARY KEY NOT NULL,
	`draft_id` text NOT NULL,
	`snapshot_id` text,
	`file_name` text NOT NULL,
	`exported_at` text NOT NULL,
	`exported_by` text,
	FOREIGN KEY (`draft_id`) REFERENCES `report_drafts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`snapshot_id`) REFERENCES `report_snapshots`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `report_sections` (
	`id` text PRIMARY KEY NOT NULL,
	`draft_id` text NOT NULL,
	`key` text NOT NULL,
	`parent_key` text,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`generated` integer DEFAULT false NOT NULL,
	`narrative` text,
	`status` text DEFAULT 'DRAFT' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`draft_id`) REFERENCES `report_drafts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `report_sections_draft_idx` ON `report_sections` (`draft_id`,`position`);--> statement-breakpoint
CREATE TABLE `report_snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`draft_id` text NOT NULL,
	`taken_at` text NOT NULL,
	`reporting_date` text NOT NULL,
	`data_json` text NOT NULL,
	`created_by` text,
	FOREIGN KEY (`draft_id`) REFERENCES `report_drafts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `report_snapshots_draft_idx` ON `report_snapshots` (`draft_id`,`taken_at`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`before_json` text,
	`after_json` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `retention_policies` (
	`entity` text PRIMARY KEY NOT NULL,
	`days` integer NOT NULL,
	`trigger` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value_json` text NOT NULL,
	`updated_at` text NOT NULL
);
