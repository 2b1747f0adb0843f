import { fillOptedInSite } from '@/lib/features/always-fill/site-script';

/** Registered for each site the user chose "Always fill on this site" for (lib/features/always-fill/site-opt-in.ts). */
export default defineUnlistedScript({ main: fillOptedInSite });
