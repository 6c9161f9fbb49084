import { useApiData } from './useApiData';

/**
 * The office's today (Europe/Berlin) as the core's clock sees it, 'YYYY-MM-DD'; undefined while loading.
 * Defaults of date fields use this rather than the browser's clock, so desktop, browser and tests agree.
 */
export function useToday(): string | undefined {
  return useApiData('meta.info').data?.today;
}
