ALTER TABLE `audit_log` ADD `tx_id` text;--> statement-breakpoint
CREATE INDEX `audit_log_tx_idx` ON `audit_log` (`tx_id`);