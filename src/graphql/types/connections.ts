import { Actor } from './actor.type';
import { Article } from './article.type';
import { AuditEvent } from './audit-event.type';
import { Claim } from './claim.type';
import { connectionOf } from './connection';
import { Statement } from './statement.type';

export const ArticleConnection = connectionOf(Article, 'Article');
export const ActorConnection = connectionOf(Actor, 'Actor');
export const StatementConnection = connectionOf(Statement, 'Statement');
export const ClaimConnection = connectionOf(Claim, 'Claim');
export const AuditEventConnection = connectionOf(AuditEvent, 'AuditEvent');
