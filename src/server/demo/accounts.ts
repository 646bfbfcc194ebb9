// The synthetic demo accounts: one per role worth trying, in a handful of states. Passwords are random per install.
import { randomBytes } from 'node:crypto';
import type { Clearance, Role } from '../access/subject.js';

export interface DemoAccountSpec {
  email: string;
  name: string;
  role: Role;
  /** Member code of the account's state or organisation; null for the RSO. */
  state: string | null;
  agency: string;
  clearance: Clearance;
}

export const DEMO_ACCOUNTS: DemoAccountSpec[] = [
  { email: 'admin@rso.demo.example', name: 'Rosa Admin (demo)', role: 'admin', state: null, agency: 'Regional Support Office', clearance: 'none' },
  {
    email: 'focal.idn@demo.example',
    name: 'Dewi Focal (demo)',
    role: 'focal_point',
    state: 'IDN',
    agency: 'Ministry of Foreign Affairs (demo)',
    clearance: 'secret',
  },
  {
    email: 'officer.idn@demo.example',
    name: 'Budi Officer (demo)',
    role: 'officer',
    state: 'IDN',
    agency: 'Indonesian National Police (demo)',
    clearance: 'secret',
  },
  { email: 'policy.idn@demo.example', name: 'Sari Policy (demo)', role: 'policy', state: 'IDN', agency: 'Ministry of Law (demo)', clearance: 'none' },
  {
    email: 'focal.aus@demo.example',
    name: 'Alex Focal (demo)',
    role: 'focal_point',
    state: 'AUS',
    agency: 'Department of Home Affairs (demo)',
    clearance: 'secret',
  },
  { email: 'officer.aus@demo.example', name: 'Jordan Officer (demo)', role: 'officer', state: 'AUS', agency: 'Federal Police (demo)', clearance: 'secret' },
  { email: 'analyst.aus@demo.example', name: 'Sam Analyst (demo)', role: 'analyst', state: 'AUS', agency: 'Federal Police (demo)', clearance: 'secret' },
  {
    email: 'officer.lka@demo.example',
    name: 'Nimal Officer (demo)',
    role: 'officer',
    state: 'LKA',
    agency: 'Criminal Investigation Department (demo)',
    clearance: 'confidential',
  },
  { email: 'officer.mys@demo.example', name: 'Aisyah Officer (demo)', role: 'officer', state: 'MYS', agency: 'Royal Police (demo)', clearance: 'secret' },
  {
    email: 'policy.mys@demo.example',
    name: 'Farid Policy (demo)',
    role: 'policy',
    state: 'MYS',
    agency: 'Attorney General’s Chambers (demo)',
    clearance: 'none',
  },
  {
    email: 'focal.mys@demo.example',
    name: 'Hana Focal (demo)',
    role: 'focal_point',
    state: 'MYS',
    agency: 'Ministry of Home Affairs (demo)',
    clearance: 'confidential',
  },
  {
    email: 'coordinator.tha@demo.example',
    name: 'Somchai Coordinator (demo)',
    role: 'coordinator',
    state: 'THA',
    agency: 'Office of the Attorney General (demo)',
    clearance: 'restricted',
  },
  {
    email: 'coordinator.phl@demo.example',
    name: 'Maria Coordinator (demo)',
    role: 'coordinator',
    state: 'PHL',
    agency: 'Department of Justice (demo)',
    clearance: 'none',
  },
  { email: 'analyst.nzl@demo.example', name: 'Aroha Analyst (demo)', role: 'analyst', state: 'NZL', agency: 'Police (demo)', clearance: 'secret' },
  {
    email: 'officer.pak@demo.example',
    name: 'Imran Officer (demo)',
    role: 'officer',
    state: 'PAK',
    agency: 'Federal Investigation Agency (demo)',
    clearance: 'confidential',
  },
  { email: 'policy.iom@demo.example', name: 'Lena Policy (demo)', role: 'policy', state: 'IOM', agency: 'IOM Regional Office (demo)', clearance: 'none' },
  {
    email: 'officer.iom@demo.example',
    name: 'Grace Caseworker (demo)',
    role: 'officer',
    state: 'IOM',
    agency: 'IOM Regional Office (demo)',
    clearance: 'restricted',
  },
];

/** A random password that meets the strength rule. */
export function demoPassword(): string {
  return `Demo-${randomBytes(12).toString('base64url')}-9a`;
}
