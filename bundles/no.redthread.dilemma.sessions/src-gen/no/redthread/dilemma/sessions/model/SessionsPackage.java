/**
 * Redthread: generated from model/sessions.ecore by regenerate.sh. Do not edit.
 */
package no.redthread.dilemma.sessions.model;

import no.redthread.model.plan.PlanPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The municipality's dilemma-training sessions (dilemmatrening): who took part, the phases of the dialogue, the goal conflicts and win-win situations found and how each is handled (dissent kept, never averaged), and the participants' interaction-matrix scores.
 * <!-- end-model-doc -->
 * @see no.redthread.dilemma.sessions.model.SessionsFactory
 * @model kind="package"
 * @generated
 */
public interface SessionsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://redthread.no/dilemma/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "dilemma";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SessionsPackage eINSTANCE = no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl.init();

	/**
	 * The meta object id for the '{@link no.redthread.dilemma.sessions.model.impl.DilemmaRegisterImpl <em>Dilemma Register</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.dilemma.sessions.model.impl.DilemmaRegisterImpl
	 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getDilemmaRegister()
	 * @generated
	 */
	int DILEMMA_REGISTER = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DILEMMA_REGISTER__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Sessions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DILEMMA_REGISTER__SESSIONS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Dilemma Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DILEMMA_REGISTER_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Dilemma Register</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DILEMMA_REGISTER_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.dilemma.sessions.model.impl.SessionImpl <em>Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.dilemma.sessions.model.impl.SessionImpl
	 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getSession()
	 * @generated
	 */
	int SESSION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__TITLE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scenario Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__SCENARIO_ID = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Case Object</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__CASE_OBJECT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__DATE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Facilitator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__FACILITATOR = PlanPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PARTICIPANTS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Phases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__PHASES = PlanPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__FINDINGS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Matrix</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION__MATRIX = PlanPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SESSION_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.dilemma.sessions.model.impl.ParticipantImpl <em>Participant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.dilemma.sessions.model.impl.ParticipantImpl
	 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getParticipant()
	 * @generated
	 */
	int PARTICIPANT = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__NAME = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__ROLE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__SECTOR = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.dilemma.sessions.model.impl.PhaseImpl <em>Phase</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.dilemma.sessions.model.impl.PhaseImpl
	 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getPhase()
	 * @generated
	 */
	int PHASE = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__QUESTION = 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__NOTES = 2;

	/**
	 * The feature id for the '<em><b>Elapsed Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE__ELAPSED_SECONDS = 3;

	/**
	 * The number of structural features of the '<em>Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Phase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PHASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link no.redthread.dilemma.sessions.model.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.dilemma.sessions.model.impl.FindingImpl
	 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__ID = PlanPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__KIND = PlanPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__DESCRIPTION = PlanPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pulling For</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__PULLING_FOR = PlanPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Pulling Against</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__PULLING_AGAINST = PlanPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Concerns</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__CONCERNS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Handling</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__HANDLING = PlanPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Handling Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__HANDLING_NOTE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Funding Scheme Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__FUNDING_SCHEME_IDS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__RESPONSIBLE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__DUE_DATE = PlanPackage.IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Dissents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__DISSENTS = PlanPackage.IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = PlanPackage.IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = PlanPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link no.redthread.dilemma.sessions.model.impl.DissentImpl <em>Dissent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.dilemma.sessions.model.impl.DissentImpl
	 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getDissent()
	 * @generated
	 */
	int DISSENT = 5;

	/**
	 * The feature id for the '<em><b>Participant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISSENT__PARTICIPANT = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISSENT__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Dissent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISSENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Dissent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISSENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link no.redthread.dilemma.sessions.model.impl.MatrixImpl <em>Matrix</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.dilemma.sessions.model.impl.MatrixImpl
	 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getMatrix()
	 * @generated
	 */
	int MATRIX = 6;

	/**
	 * The feature id for the '<em><b>Item Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX__ITEM_KIND = 0;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX__ITEMS = 1;

	/**
	 * The feature id for the '<em><b>Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX__SCORES = 2;

	/**
	 * The number of structural features of the '<em>Matrix</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Matrix</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link no.redthread.dilemma.sessions.model.impl.MatrixItemImpl <em>Matrix Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.dilemma.sessions.model.impl.MatrixItemImpl
	 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getMatrixItem()
	 * @generated
	 */
	int MATRIX_ITEM = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_ITEM__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Plan Object</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_ITEM__PLAN_OBJECT = 2;

	/**
	 * The number of structural features of the '<em>Matrix Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_ITEM_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Matrix Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MATRIX_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link no.redthread.dilemma.sessions.model.impl.ScoreImpl <em>Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.dilemma.sessions.model.impl.ScoreImpl
	 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getScore()
	 * @generated
	 */
	int SCORE = 8;

	/**
	 * The feature id for the '<em><b>Row</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__ROW = 0;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__COLUMN = 1;

	/**
	 * The feature id for the '<em><b>Participant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__PARTICIPANT = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__VALUE = 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__REASON = 4;

	/**
	 * The number of structural features of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link no.redthread.dilemma.sessions.model.PhaseKind <em>Phase Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.dilemma.sessions.model.PhaseKind
	 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getPhaseKind()
	 * @generated
	 */
	int PHASE_KIND = 9;

	/**
	 * The meta object id for the '{@link no.redthread.dilemma.sessions.model.FindingKind <em>Finding Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.dilemma.sessions.model.FindingKind
	 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getFindingKind()
	 * @generated
	 */
	int FINDING_KIND = 10;

	/**
	 * The meta object id for the '{@link no.redthread.dilemma.sessions.model.Handling <em>Handling</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.dilemma.sessions.model.Handling
	 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getHandling()
	 * @generated
	 */
	int HANDLING = 11;

	/**
	 * The meta object id for the '{@link no.redthread.dilemma.sessions.model.MatrixItemKind <em>Matrix Item Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see no.redthread.dilemma.sessions.model.MatrixItemKind
	 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getMatrixItemKind()
	 * @generated
	 */
	int MATRIX_ITEM_KIND = 12;


	/**
	 * Returns the meta object for class '{@link no.redthread.dilemma.sessions.model.DilemmaRegister <em>Dilemma Register</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dilemma Register</em>'.
	 * @see no.redthread.dilemma.sessions.model.DilemmaRegister
	 * @generated
	 */
	EClass getDilemmaRegister();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.dilemma.sessions.model.DilemmaRegister#getSessions <em>Sessions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sessions</em>'.
	 * @see no.redthread.dilemma.sessions.model.DilemmaRegister#getSessions()
	 * @see #getDilemmaRegister()
	 * @generated
	 */
	EReference getDilemmaRegister_Sessions();

	/**
	 * Returns the meta object for class '{@link no.redthread.dilemma.sessions.model.Session <em>Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Session</em>'.
	 * @see no.redthread.dilemma.sessions.model.Session
	 * @generated
	 */
	EClass getSession();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Session#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see no.redthread.dilemma.sessions.model.Session#getTitle()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Title();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Session#getScenarioId <em>Scenario Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scenario Id</em>'.
	 * @see no.redthread.dilemma.sessions.model.Session#getScenarioId()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_ScenarioId();

	/**
	 * Returns the meta object for the reference '{@link no.redthread.dilemma.sessions.model.Session#getCaseObject <em>Case Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Case Object</em>'.
	 * @see no.redthread.dilemma.sessions.model.Session#getCaseObject()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_CaseObject();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Session#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see no.redthread.dilemma.sessions.model.Session#getDate()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Date();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Session#getFacilitator <em>Facilitator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Facilitator</em>'.
	 * @see no.redthread.dilemma.sessions.model.Session#getFacilitator()
	 * @see #getSession()
	 * @generated
	 */
	EAttribute getSession_Facilitator();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.dilemma.sessions.model.Session#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Participants</em>'.
	 * @see no.redthread.dilemma.sessions.model.Session#getParticipants()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Participants();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.dilemma.sessions.model.Session#getPhases <em>Phases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Phases</em>'.
	 * @see no.redthread.dilemma.sessions.model.Session#getPhases()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Phases();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.dilemma.sessions.model.Session#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see no.redthread.dilemma.sessions.model.Session#getFindings()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Findings();

	/**
	 * Returns the meta object for the containment reference '{@link no.redthread.dilemma.sessions.model.Session#getMatrix <em>Matrix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Matrix</em>'.
	 * @see no.redthread.dilemma.sessions.model.Session#getMatrix()
	 * @see #getSession()
	 * @generated
	 */
	EReference getSession_Matrix();

	/**
	 * Returns the meta object for class '{@link no.redthread.dilemma.sessions.model.Participant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Participant</em>'.
	 * @see no.redthread.dilemma.sessions.model.Participant
	 * @generated
	 */
	EClass getParticipant();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Participant#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see no.redthread.dilemma.sessions.model.Participant#getName()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Name();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Participant#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see no.redthread.dilemma.sessions.model.Participant#getRole()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Role();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Participant#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see no.redthread.dilemma.sessions.model.Participant#getSector()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Sector();

	/**
	 * Returns the meta object for class '{@link no.redthread.dilemma.sessions.model.Phase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Phase</em>'.
	 * @see no.redthread.dilemma.sessions.model.Phase
	 * @generated
	 */
	EClass getPhase();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Phase#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see no.redthread.dilemma.sessions.model.Phase#getKind()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_Kind();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Phase#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question</em>'.
	 * @see no.redthread.dilemma.sessions.model.Phase#getQuestion()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_Question();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Phase#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see no.redthread.dilemma.sessions.model.Phase#getNotes()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_Notes();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Phase#getElapsedSeconds <em>Elapsed Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Elapsed Seconds</em>'.
	 * @see no.redthread.dilemma.sessions.model.Phase#getElapsedSeconds()
	 * @see #getPhase()
	 * @generated
	 */
	EAttribute getPhase_ElapsedSeconds();

	/**
	 * Returns the meta object for class '{@link no.redthread.dilemma.sessions.model.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see no.redthread.dilemma.sessions.model.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Finding#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see no.redthread.dilemma.sessions.model.Finding#getKind()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Kind();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Finding#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see no.redthread.dilemma.sessions.model.Finding#getDescription()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Description();

	/**
	 * Returns the meta object for the attribute list '{@link no.redthread.dilemma.sessions.model.Finding#getPullingFor <em>Pulling For</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Pulling For</em>'.
	 * @see no.redthread.dilemma.sessions.model.Finding#getPullingFor()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_PullingFor();

	/**
	 * Returns the meta object for the attribute list '{@link no.redthread.dilemma.sessions.model.Finding#getPullingAgainst <em>Pulling Against</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Pulling Against</em>'.
	 * @see no.redthread.dilemma.sessions.model.Finding#getPullingAgainst()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_PullingAgainst();

	/**
	 * Returns the meta object for the reference list '{@link no.redthread.dilemma.sessions.model.Finding#getConcerns <em>Concerns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Concerns</em>'.
	 * @see no.redthread.dilemma.sessions.model.Finding#getConcerns()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Concerns();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Finding#getHandling <em>Handling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handling</em>'.
	 * @see no.redthread.dilemma.sessions.model.Finding#getHandling()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Handling();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Finding#getHandlingNote <em>Handling Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Handling Note</em>'.
	 * @see no.redthread.dilemma.sessions.model.Finding#getHandlingNote()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_HandlingNote();

	/**
	 * Returns the meta object for the attribute list '{@link no.redthread.dilemma.sessions.model.Finding#getFundingSchemeIds <em>Funding Scheme Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Funding Scheme Ids</em>'.
	 * @see no.redthread.dilemma.sessions.model.Finding#getFundingSchemeIds()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_FundingSchemeIds();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Finding#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible</em>'.
	 * @see no.redthread.dilemma.sessions.model.Finding#getResponsible()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Responsible();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Finding#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see no.redthread.dilemma.sessions.model.Finding#getDueDate()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_DueDate();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.dilemma.sessions.model.Finding#getDissents <em>Dissents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dissents</em>'.
	 * @see no.redthread.dilemma.sessions.model.Finding#getDissents()
	 * @see #getFinding()
	 * @generated
	 */
	EReference getFinding_Dissents();

	/**
	 * Returns the meta object for class '{@link no.redthread.dilemma.sessions.model.Dissent <em>Dissent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dissent</em>'.
	 * @see no.redthread.dilemma.sessions.model.Dissent
	 * @generated
	 */
	EClass getDissent();

	/**
	 * Returns the meta object for the reference '{@link no.redthread.dilemma.sessions.model.Dissent#getParticipant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Participant</em>'.
	 * @see no.redthread.dilemma.sessions.model.Dissent#getParticipant()
	 * @see #getDissent()
	 * @generated
	 */
	EReference getDissent_Participant();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Dissent#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see no.redthread.dilemma.sessions.model.Dissent#getText()
	 * @see #getDissent()
	 * @generated
	 */
	EAttribute getDissent_Text();

	/**
	 * Returns the meta object for class '{@link no.redthread.dilemma.sessions.model.Matrix <em>Matrix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Matrix</em>'.
	 * @see no.redthread.dilemma.sessions.model.Matrix
	 * @generated
	 */
	EClass getMatrix();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Matrix#getItemKind <em>Item Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Kind</em>'.
	 * @see no.redthread.dilemma.sessions.model.Matrix#getItemKind()
	 * @see #getMatrix()
	 * @generated
	 */
	EAttribute getMatrix_ItemKind();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.dilemma.sessions.model.Matrix#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see no.redthread.dilemma.sessions.model.Matrix#getItems()
	 * @see #getMatrix()
	 * @generated
	 */
	EReference getMatrix_Items();

	/**
	 * Returns the meta object for the containment reference list '{@link no.redthread.dilemma.sessions.model.Matrix#getScores <em>Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scores</em>'.
	 * @see no.redthread.dilemma.sessions.model.Matrix#getScores()
	 * @see #getMatrix()
	 * @generated
	 */
	EReference getMatrix_Scores();

	/**
	 * Returns the meta object for class '{@link no.redthread.dilemma.sessions.model.MatrixItem <em>Matrix Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Matrix Item</em>'.
	 * @see no.redthread.dilemma.sessions.model.MatrixItem
	 * @generated
	 */
	EClass getMatrixItem();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.MatrixItem#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see no.redthread.dilemma.sessions.model.MatrixItem#getId()
	 * @see #getMatrixItem()
	 * @generated
	 */
	EAttribute getMatrixItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.MatrixItem#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see no.redthread.dilemma.sessions.model.MatrixItem#getLabel()
	 * @see #getMatrixItem()
	 * @generated
	 */
	EAttribute getMatrixItem_Label();

	/**
	 * Returns the meta object for the reference '{@link no.redthread.dilemma.sessions.model.MatrixItem#getPlanObject <em>Plan Object</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Plan Object</em>'.
	 * @see no.redthread.dilemma.sessions.model.MatrixItem#getPlanObject()
	 * @see #getMatrixItem()
	 * @generated
	 */
	EReference getMatrixItem_PlanObject();

	/**
	 * Returns the meta object for class '{@link no.redthread.dilemma.sessions.model.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score</em>'.
	 * @see no.redthread.dilemma.sessions.model.Score
	 * @generated
	 */
	EClass getScore();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Score#getRow <em>Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row</em>'.
	 * @see no.redthread.dilemma.sessions.model.Score#getRow()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Row();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Score#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see no.redthread.dilemma.sessions.model.Score#getColumn()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Column();

	/**
	 * Returns the meta object for the reference '{@link no.redthread.dilemma.sessions.model.Score#getParticipant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Participant</em>'.
	 * @see no.redthread.dilemma.sessions.model.Score#getParticipant()
	 * @see #getScore()
	 * @generated
	 */
	EReference getScore_Participant();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Score#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see no.redthread.dilemma.sessions.model.Score#getValue()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Value();

	/**
	 * Returns the meta object for the attribute '{@link no.redthread.dilemma.sessions.model.Score#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see no.redthread.dilemma.sessions.model.Score#getReason()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Reason();

	/**
	 * Returns the meta object for enum '{@link no.redthread.dilemma.sessions.model.PhaseKind <em>Phase Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Phase Kind</em>'.
	 * @see no.redthread.dilemma.sessions.model.PhaseKind
	 * @generated
	 */
	EEnum getPhaseKind();

	/**
	 * Returns the meta object for enum '{@link no.redthread.dilemma.sessions.model.FindingKind <em>Finding Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Finding Kind</em>'.
	 * @see no.redthread.dilemma.sessions.model.FindingKind
	 * @generated
	 */
	EEnum getFindingKind();

	/**
	 * Returns the meta object for enum '{@link no.redthread.dilemma.sessions.model.Handling <em>Handling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Handling</em>'.
	 * @see no.redthread.dilemma.sessions.model.Handling
	 * @generated
	 */
	EEnum getHandling();

	/**
	 * Returns the meta object for enum '{@link no.redthread.dilemma.sessions.model.MatrixItemKind <em>Matrix Item Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Matrix Item Kind</em>'.
	 * @see no.redthread.dilemma.sessions.model.MatrixItemKind
	 * @generated
	 */
	EEnum getMatrixItemKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SessionsFactory getSessionsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link no.redthread.dilemma.sessions.model.impl.DilemmaRegisterImpl <em>Dilemma Register</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.dilemma.sessions.model.impl.DilemmaRegisterImpl
		 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getDilemmaRegister()
		 * @generated
		 */
		EClass DILEMMA_REGISTER = eINSTANCE.getDilemmaRegister();

		/**
		 * The meta object literal for the '<em><b>Sessions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DILEMMA_REGISTER__SESSIONS = eINSTANCE.getDilemmaRegister_Sessions();

		/**
		 * The meta object literal for the '{@link no.redthread.dilemma.sessions.model.impl.SessionImpl <em>Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.dilemma.sessions.model.impl.SessionImpl
		 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getSession()
		 * @generated
		 */
		EClass SESSION = eINSTANCE.getSession();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__TITLE = eINSTANCE.getSession_Title();

		/**
		 * The meta object literal for the '<em><b>Scenario Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__SCENARIO_ID = eINSTANCE.getSession_ScenarioId();

		/**
		 * The meta object literal for the '<em><b>Case Object</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__CASE_OBJECT = eINSTANCE.getSession_CaseObject();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__DATE = eINSTANCE.getSession_Date();

		/**
		 * The meta object literal for the '<em><b>Facilitator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SESSION__FACILITATOR = eINSTANCE.getSession_Facilitator();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__PARTICIPANTS = eINSTANCE.getSession_Participants();

		/**
		 * The meta object literal for the '<em><b>Phases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__PHASES = eINSTANCE.getSession_Phases();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__FINDINGS = eINSTANCE.getSession_Findings();

		/**
		 * The meta object literal for the '<em><b>Matrix</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SESSION__MATRIX = eINSTANCE.getSession_Matrix();

		/**
		 * The meta object literal for the '{@link no.redthread.dilemma.sessions.model.impl.ParticipantImpl <em>Participant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.dilemma.sessions.model.impl.ParticipantImpl
		 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getParticipant()
		 * @generated
		 */
		EClass PARTICIPANT = eINSTANCE.getParticipant();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__NAME = eINSTANCE.getParticipant_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__ROLE = eINSTANCE.getParticipant_Role();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__SECTOR = eINSTANCE.getParticipant_Sector();

		/**
		 * The meta object literal for the '{@link no.redthread.dilemma.sessions.model.impl.PhaseImpl <em>Phase</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.dilemma.sessions.model.impl.PhaseImpl
		 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getPhase()
		 * @generated
		 */
		EClass PHASE = eINSTANCE.getPhase();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__KIND = eINSTANCE.getPhase_Kind();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__QUESTION = eINSTANCE.getPhase_Question();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__NOTES = eINSTANCE.getPhase_Notes();

		/**
		 * The meta object literal for the '<em><b>Elapsed Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PHASE__ELAPSED_SECONDS = eINSTANCE.getPhase_ElapsedSeconds();

		/**
		 * The meta object literal for the '{@link no.redthread.dilemma.sessions.model.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.dilemma.sessions.model.impl.FindingImpl
		 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__KIND = eINSTANCE.getFinding_Kind();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__DESCRIPTION = eINSTANCE.getFinding_Description();

		/**
		 * The meta object literal for the '<em><b>Pulling For</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__PULLING_FOR = eINSTANCE.getFinding_PullingFor();

		/**
		 * The meta object literal for the '<em><b>Pulling Against</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__PULLING_AGAINST = eINSTANCE.getFinding_PullingAgainst();

		/**
		 * The meta object literal for the '<em><b>Concerns</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__CONCERNS = eINSTANCE.getFinding_Concerns();

		/**
		 * The meta object literal for the '<em><b>Handling</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__HANDLING = eINSTANCE.getFinding_Handling();

		/**
		 * The meta object literal for the '<em><b>Handling Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__HANDLING_NOTE = eINSTANCE.getFinding_HandlingNote();

		/**
		 * The meta object literal for the '<em><b>Funding Scheme Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__FUNDING_SCHEME_IDS = eINSTANCE.getFinding_FundingSchemeIds();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__RESPONSIBLE = eINSTANCE.getFinding_Responsible();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__DUE_DATE = eINSTANCE.getFinding_DueDate();

		/**
		 * The meta object literal for the '<em><b>Dissents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FINDING__DISSENTS = eINSTANCE.getFinding_Dissents();

		/**
		 * The meta object literal for the '{@link no.redthread.dilemma.sessions.model.impl.DissentImpl <em>Dissent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.dilemma.sessions.model.impl.DissentImpl
		 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getDissent()
		 * @generated
		 */
		EClass DISSENT = eINSTANCE.getDissent();

		/**
		 * The meta object literal for the '<em><b>Participant</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISSENT__PARTICIPANT = eINSTANCE.getDissent_Participant();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISSENT__TEXT = eINSTANCE.getDissent_Text();

		/**
		 * The meta object literal for the '{@link no.redthread.dilemma.sessions.model.impl.MatrixImpl <em>Matrix</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.dilemma.sessions.model.impl.MatrixImpl
		 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getMatrix()
		 * @generated
		 */
		EClass MATRIX = eINSTANCE.getMatrix();

		/**
		 * The meta object literal for the '<em><b>Item Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATRIX__ITEM_KIND = eINSTANCE.getMatrix_ItemKind();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATRIX__ITEMS = eINSTANCE.getMatrix_Items();

		/**
		 * The meta object literal for the '<em><b>Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATRIX__SCORES = eINSTANCE.getMatrix_Scores();

		/**
		 * The meta object literal for the '{@link no.redthread.dilemma.sessions.model.impl.MatrixItemImpl <em>Matrix Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.dilemma.sessions.model.impl.MatrixItemImpl
		 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getMatrixItem()
		 * @generated
		 */
		EClass MATRIX_ITEM = eINSTANCE.getMatrixItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATRIX_ITEM__ID = eINSTANCE.getMatrixItem_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MATRIX_ITEM__LABEL = eINSTANCE.getMatrixItem_Label();

		/**
		 * The meta object literal for the '<em><b>Plan Object</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MATRIX_ITEM__PLAN_OBJECT = eINSTANCE.getMatrixItem_PlanObject();

		/**
		 * The meta object literal for the '{@link no.redthread.dilemma.sessions.model.impl.ScoreImpl <em>Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.dilemma.sessions.model.impl.ScoreImpl
		 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getScore()
		 * @generated
		 */
		EClass SCORE = eINSTANCE.getScore();

		/**
		 * The meta object literal for the '<em><b>Row</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__ROW = eINSTANCE.getScore_Row();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__COLUMN = eINSTANCE.getScore_Column();

		/**
		 * The meta object literal for the '<em><b>Participant</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCORE__PARTICIPANT = eINSTANCE.getScore_Participant();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__VALUE = eINSTANCE.getScore_Value();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__REASON = eINSTANCE.getScore_Reason();

		/**
		 * The meta object literal for the '{@link no.redthread.dilemma.sessions.model.PhaseKind <em>Phase Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.dilemma.sessions.model.PhaseKind
		 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getPhaseKind()
		 * @generated
		 */
		EEnum PHASE_KIND = eINSTANCE.getPhaseKind();

		/**
		 * The meta object literal for the '{@link no.redthread.dilemma.sessions.model.FindingKind <em>Finding Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.dilemma.sessions.model.FindingKind
		 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getFindingKind()
		 * @generated
		 */
		EEnum FINDING_KIND = eINSTANCE.getFindingKind();

		/**
		 * The meta object literal for the '{@link no.redthread.dilemma.sessions.model.Handling <em>Handling</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.dilemma.sessions.model.Handling
		 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getHandling()
		 * @generated
		 */
		EEnum HANDLING = eINSTANCE.getHandling();

		/**
		 * The meta object literal for the '{@link no.redthread.dilemma.sessions.model.MatrixItemKind <em>Matrix Item Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see no.redthread.dilemma.sessions.model.MatrixItemKind
		 * @see no.redthread.dilemma.sessions.model.impl.SessionsPackageImpl#getMatrixItemKind()
		 * @generated
		 */
		EEnum MATRIX_ITEM_KIND = eINSTANCE.getMatrixItemKind();

	}

} //SessionsPackage
