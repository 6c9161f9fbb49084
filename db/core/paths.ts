export const DATABASE_FILE = 'kim-desk.sqlite';
export const BACKUP_DIR = 'backups';
