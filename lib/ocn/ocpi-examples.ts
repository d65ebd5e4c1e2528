import type { ModuleKey, Permission } from './catalog'

type Examples = { sender: string; receiver: string }

/** A typical OCPI 2.2 request of each kind, so "sender" and "receiver" mean something concrete. */
const EXAMPLES: Record<ModuleKey, Examples> = {
  locations: { sender: 'GET /ocpi/sender/2.2/locations?date_from=…', receiver: 'PUT /ocpi/receiver/2.2/locations/DE/CPO/LOC1' },
  sessions: { sender: 'GET /ocpi/sender/2.2/sessions?date_from=…', receiver: 'PATCH /ocpi/receiver/2.2/sessions/DE/CPO/SES1' },
  cdrs: { sender: 'GET /ocpi/sender/2.2/cdrs?date_from=…', receiver: 'POST /ocpi/receiver/2.2/cdrs' },
  tariffs: { sender: 'GET /ocpi/sender/2.2/tariffs', receiver: 'PUT /ocpi/receiver/2.2/tariffs/DE/CPO/TAR1' },
  tokens: { sender: 'POST /ocpi/sender/2.2/tokens/TOKEN1/authorize', receiver: 'PUT /ocpi/receiver/2.2/tokens/DE/MSP/TOKEN1' },
  commands: { sender: 'POST /ocpi/sender/2.2/commands/START_SESSION/CMD1', receiver: 'POST /ocpi/receiver/2.2/commands/START_SESSION' },
  chargingprofiles: {
    sender: 'POST /ocpi/sender/2.2/chargingprofiles/SES1 (result callback)',
    receiver: 'PUT /ocpi/receiver/2.2/chargingprofiles/SES1',
  },
}

export function exampleRequest(scope: ModuleKey, direction: 'sender' | 'receiver'): string {
  return EXAMPLES[scope][direction]
}

/**
 * The requests a permission's detail shows as examples: its module's request in its direction, or for a catch-all
 * a CDR and a session request in each direction it reaches.
 */
export function permissionExamples(permission: Permission): string[] {
  if (permission.scope !== 'all') return [exampleRequest(permission.scope, permission.direction === 'sender' ? 'sender' : 'receiver')]
  const directions = permission.direction === 'both' ? (['sender', 'receiver'] as const) : [permission.direction]
  return directions.map((d) => exampleRequest('cdrs', d)).concat(directions.map((d) => exampleRequest('sessions', d)))
}
